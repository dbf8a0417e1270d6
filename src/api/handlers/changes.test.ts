/**
 * "What changed" over REST: the change log records each commit with its door and admin, and
 * `changes?since=` answers the CLI that turns the device at that revision into the device now.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHANGE_LOG_SIZE } from '../../device';
import { server, useDevice, type NodeDevice } from '../node';
import { originOf } from '../origin';
import { expectMonitorOk, expectOk, expectRefused } from '../../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('telemetry-on');
});

const changes = async (since?: string): Promise<string> => {
  const answer = await fgt.api.get('/api/v2/fgsim/changes', since === undefined ? undefined : { since });
  expect(answer.status, answer.text).toBe(200);
  expect(answer.headers.get('Content-Type')).toMatch(/^text\/plain/);
  return answer.text;
};

describe('the change log and what changed', () => {
  it('records each change with its door and admin, and writes the change since a revision as CLI', async () => {
    const start = fgt.device.revision;
    const gui = await fgt.login();
    await expectOk(() => gui.put('/api/v2/cmdb/system/interface/dmz', { fortiheartbeat: 'disable' }));
    for (const line of ['config system settings', 'set gui-endpoint-control enable', 'end'])
      await expectOk(() => fgt.api.post('/api/v2/fgsim/cli', { session: 'c', line }));
    await expectMonitorOk(() =>
      fgt.api.post('/api/v2/monitor/endpoint-control/registration/deregister', {
        uid: Object.keys(fgt.device.state.endpoints)[0],
      }),
    );

    const log = (await expectOk(() => fgt.api.get('/api/v2/fgsim/change-log'))).results;
    expect(log.map((r: { door: string; admin: string }) => `${r.door}/${r.admin}`)).toEqual([
      'device/',
      'GUI/admin',
      'CLI/admin',
      'REST/admin',
    ]);
    expect(log[0].revision).toBe(start);
    expect(log[3].revision).toBe(fgt.device.revision);

    const since = await changes(log[1].revision);
    expect(since.split('\n')[0]).toBe('config system settings');
    expect(await changes(start)).toMatch(
      /^config system interface\n {4}edit "dmz"\n {8}set fortiheartbeat disable\n {4}next\nend\nconfig system settings\n {4}set gui-endpoint-control enable\nend\nconfig endpoint-control registered-forticlient\n {4}delete "[0-9A-F]{32}"\nend\n$/,
    );
    expect(await changes()).toBe(await changes(start));
    expect(await changes(fgt.device.revision)).toBe('');
  });

  it('answers 404 for a revision the log does not keep, and needs a login like every call', async () => {
    await expectRefused(fgt, () => fgt.api.get('/api/v2/fgsim/changes', { since: 'f'.repeat(32) }), 404);
    expect((await fgt.anonymous().get('/api/v2/fgsim/changes')).status).toBe(401);
  });

  it(`keeps the last ${CHANGE_LOG_SIZE} changes and folds older ones into the oldest state it keeps`, async () => {
    const first = fgt.device.revision;
    for (let i = 0; i < CHANGE_LOG_SIZE + 5; i++)
      fgt.device.transact((tx) => tx.update('system interface', 'dmz', { alias: `a${i}` }));
    const log = fgt.device.changeLog();
    expect(log).toHaveLength(CHANGE_LOG_SIZE + 1);
    expect(fgt.device.stateAt(first)).toBeUndefined();
    expect(await changes(log[0]?.revision)).toBe(
      `config system interface\n    edit "dmz"\n        set alias "a${CHANGE_LOG_SIZE + 4}"\n    next\nend\n`,
    );
  });

  it('after a scenario opens, the revision its answers carry is where the log starts, and no earlier device’s', async () => {
    const before = fgt.device.revision;
    await expectOk(() => fgt.api.put('/api/v2/cmdb/system/interface/dmz', { alias: 'DMZ' }));
    const opened = await expectOk(() => fgt.api.post('/api/v2/fgsim/scenario', { name: 'telemetry-on' }));
    const log = fgt.device.changeLog();
    expect(log).toHaveLength(1);
    expect(log[0]?.revision).toBe(opened.revision);
    expect(log[0]?.revision).toBe(fgt.device.revision);
    // The fresh device's revision is new: the first device's, from before its change, is not kept.
    expect(log[0]?.revision).not.toBe(before);
    expect(await changes(opened.revision)).toBe('');
    await expectRefused(fgt, () => fgt.api.get('/api/v2/fgsim/changes', { since: before }), 404);
  });

  it("records a change made with an API user's key as that user's, and the test token as admin's", () => {
    expect(originOf({ kind: 'token', user: 'ci-bot' })).toEqual({ door: 'REST', admin: 'ci-bot' });
    expect(originOf({ kind: 'token' })).toEqual({ door: 'REST', admin: 'admin' });
  });
});
