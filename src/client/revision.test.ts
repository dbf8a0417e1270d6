import { afterEach, describe, expect, it } from 'vitest';
import { compareRevisions, currentRevision, noteRevision, onRevision, sameRevision } from './revision';

const ID = '9539865665020678008.1535505187';
const rev = (changes: number): string => `${changes}.0.0.${ID}`;

describe('revision watching (docs/fortios-6.0.md §5.3)', () => {
  const heard: string[] = [];
  const off = onRevision((r) => heard.push(r));
  afterEach(() => {
    heard.length = 0;
  });

  it('tells screens of each other revision, the same one told in another spelling not', () => {
    noteRevision(rev(9));
    noteRevision(rev(10));
    noteRevision(`0010.0.0.${ID}`);
    // A device that counts again from fewer changes (a served state started again) is news too.
    noteRevision(rev(2));
    expect(heard).toEqual([rev(9), rev(10), rev(2)]);
    expect(currentRevision()).toBe(rev(2));
  });

  it('re-reads after a write whatever the number, and keeps what the write said', () => {
    noteRevision(rev(11));
    noteRevision(rev(11), { changed: true });
    expect(heard).toEqual([rev(11), rev(11)]);
  });

  it('tells any different revision of another form (a newer FortiOS answers hex)', () => {
    noteRevision('bd002ee1735120907182831e7528dc8b');
    noteRevision('bd002ee1735120907182831e7528dc8b');
    noteRevision('0f9ac650093eec326cbdc310066f4a4f');
    expect(heard).toEqual(['bd002ee1735120907182831e7528dc8b', '0f9ac650093eec326cbdc310066f4a4f']);
    off();
  });

  it('compares by the numbers', () => {
    expect(compareRevisions(rev(2), rev(10))).toBe(-1);
    expect(compareRevisions(rev(10), rev(2))).toBe(1);
    expect(sameRevision(rev(7), `007.0.0.${ID}`)).toBe(true);
    expect(compareRevisions(rev(1), 'hex')).toBeUndefined();
    expect(sameRevision('hex', 'hex')).toBe(true);
  });
});
