import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../client';
import {
  changesSummary,
  deviceRevision,
  doorsOf,
  doorsText,
  readStepChanges,
  recordsAfter,
  shownLines,
  type ChangeReads,
} from './step-changes';

const record = (revision: string, door: string): ChangeRecord => ({
  revision,
  time: 0,
  door,
  admin: 'admin',
});
const log = [record('r0', 'device'), record('r1', 'GUI'), record('r2', 'CLI'), record('r3', 'GUI')];

/** A change log and diffs kept in a map: what `since` answers for each revision it keeps. */
function reads(entries: ChangeRecord[], diffs: Record<string, string[]>): ChangeReads & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    since: (revision) => {
      asked.push(revision);
      return Promise.resolve(diffs[revision]);
    },
    log: () => Promise.resolve(entries),
  };
}

describe('what a step changed', () => {
  it('is the diff since the step’s start and the records after it', async () => {
    const read = reads(log, { r1: ['config system settings', '    set gui-theme blue', 'end'] });
    expect(await readStepChanges('r1', read)).toEqual({
      lines: ['config system settings', '    set gui-theme blue', 'end'],
      records: [log[2], log[3]],
      fromStart: true,
    });
    expect(read.asked).toEqual(['r1']);
  });

  it('runs from the oldest change kept when the log no longer keeps the start, and says so', async () => {
    const read = reads(log, { r0: ['config system global', '    set hostname "FGT-A"', 'end'] });
    const seen = await readStepChanges('gone', read);
    expect(seen).toEqual({
      lines: ['config system global', '    set hostname "FGT-A"', 'end'],
      records: log.slice(1),
      fromStart: false,
    });
    expect(read.asked).toEqual(['gone', 'r0']);
    expect(changesSummary(seen)).toBe(
      '3 changes since the oldest change the log keeps, through the GUI and the CLI: 3 lines of CLI.',
    );
  });

  it('the current revision is the change log’s last record', async () => {
    expect(await deviceRevision(reads(log, {}))).toBe('r3');
    expect(await deviceRevision(reads([], {}))).toBeUndefined();
  });

  it('names each door once, in the order first used', () => {
    expect(recordsAfter(log, 'r1')).toEqual([log[2], log[3]]);
    expect(recordsAfter(log, 'r9')).toBeUndefined();
    expect(doorsOf(log.slice(1))).toEqual(['GUI', 'CLI']);
    expect(doorsText(['GUI'])).toBe('the GUI');
    expect(doorsText(['CLI', 'GUI'])).toBe('the CLI and the GUI');
    expect(doorsText(['SSH', 'GUI', 'REST'])).toBe('SSH, the GUI and the REST API');
  });

  it('sums up nothing, changes that cancel out, and changes with their lines', () => {
    expect(changesSummary({ lines: [], records: [], fromStart: true })).toBe(
      'Nothing yet: the device is as it was when this step began.',
    );
    expect(changesSummary({ lines: [], records: [log[1]!, log[3]!], fromStart: true })).toBe(
      '2 changes since this step began, through the GUI; together they change nothing.',
    );
    expect(changesSummary({ lines: ['a', 'b', 'c'], records: [log[2]!], fromStart: true })).toBe(
      '1 change since this step began, through the CLI: 3 lines of CLI.',
    );
    expect(changesSummary({ lines: ['a', 'b'], records: [], fromStart: true })).toBe(
      'Changed since this step began, in another tab or window: 2 lines of CLI.',
    );
    const many = Array.from({ length: 1234 }, (_, i) => `line ${i}`);
    expect(changesSummary({ lines: many, records: [log[2]!], fromStart: true })).toBe(
      '1 change since this step began, through the CLI: 1,234 lines of CLI.',
    );
  });

  it('draws at most the first 200 lines and counts the rest', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `line ${i}`);
    const { shown, more } = shownLines(many);
    expect(shown).toHaveLength(200);
    expect(shown.at(-1)).toBe('line 199');
    expect(more).toBe(4800);
    expect(shownLines(['a', 'b'])).toEqual({ shown: ['a', 'b'], more: 0 });
  });
});
