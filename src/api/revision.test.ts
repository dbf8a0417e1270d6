/**
 * The revision every CMDB answer carries, in 6.0's dotted form (docs/fortios-6.0.md §5.3; captured
 * 6.0.0/6.0.1 answers such as `"revision": "31.0.92.9539865665020678008.1535505187"`), and what fgsim
 * builds on it: the order of changes, `ETag`/`If-None-Match`, `changes?since=`.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compareRevisions } from '../device';
import { server, useDevice, type NodeDevice } from './node';
import { expectOk } from '../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const IF = '/api/v2/cmdb/system/interface';
/** Five dotted decimals, the fourth a 64-bit number, the fifth an epoch second, as the captures have. */
const DOTTED = /^\d+\.0\.\d+\.\d{1,20}\.\d{10}$/;

let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('telemetry-on');
});

describe('the revision over REST', () => {
  it('is dotted, the same on every table and in ?action=revision, and later after each change', async () => {
    const a = await expectOk(() => fgt.api.get(`${IF}/dmz`));
    const b = await expectOk(() => fgt.api.get('/api/v2/cmdb/vpn.ssl/settings'));
    expect(a.revision).toMatch(DOTTED);
    expect(b.revision).toBe(a.revision);
    expect((await expectOk(() => fgt.api.get(IF, { action: 'revision' }))).results).toEqual({
      revision: a.revision,
    });
    const revisions = [a.revision as string];
    for (const alias of [
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
      'eight',
      'nine',
      'ten',
      'eleven',
    ])
      revisions.push((await expectOk(() => fgt.api.put(`${IF}/dmz`, { alias }))).revision as string);
    for (let i = 1; i < revisions.length; i++)
      expect(compareRevisions(revisions[i - 1] ?? '', revisions[i] ?? '')).toBe(-1);
    // Past nine changes their text no longer sorts in their order; their numbers do.
    const sortedAsText = [...revisions].sort();
    expect(sortedAsText).not.toEqual(revisions);
  });

  it('gives a new ETag with every change, and 304 while nothing changed', async () => {
    const first = await fgt.api.get(`${IF}/dmz`);
    const tag = first.headers.get('ETag') ?? '';
    expect((await fgt.api.send('GET', `${IF}/dmz`, { headers: { 'If-None-Match': tag } })).status).toBe(304);
    // A change to another table moves the configuration's revision, and so this answer's tag.
    await expectOk(() => fgt.api.put('/api/v2/cmdb/system/settings', { 'gui-endpoint-control': 'enable' }));
    const after = await fgt.api.send('GET', `${IF}/dmz`, { headers: { 'If-None-Match': tag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('ETag')).not.toBe(tag);
  });

  it('changes?since= takes a revision by its numbers, however it is written', async () => {
    const start = (await expectOk(() => fgt.api.get(`${IF}/dmz`))).revision as string;
    await expectOk(() => fgt.api.put(`${IF}/dmz`, { alias: 'lab' }));
    const padded = start.replace(/^(\d+)\./, (_, n: string) => `00${n}.`);
    expect(padded).not.toBe(start);
    const answer = await fgt.api.get('/api/v2/fgsim/changes', { since: padded });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('set alias "lab"');
  });
});
