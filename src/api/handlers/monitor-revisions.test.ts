/**
 * Saved revisions over REST, as the 6.0 GUI calls them: the FortiOS 6.0.4 REST API Reference, Monitor
 * API › system, lists `config-revision` `select` (GET), `update-comments` (POST `config_id`,
 * `comments`), `delete` (POST `config_ids`), `file` (GET `config_id`), `info` (GET `config_id`) and
 * `save` (POST `comments`), and `config/restore` takes `source` `revision` with `config_id` (the
 * nefila-style client `source: 'revision', config_id, scope: 'global'`). The list's answer is shaped
 * as a 6.0.1 unit's (fortiosapi example for `monitor/system/config-revision`): `revisions` (`id`,
 * `time` in seconds, `version_id`, `admin`, `comment`), `categories` by `version_id`,
 * `current_config_unsaved`; the envelope has no `revision` and no `http_status` (docs/fortios-6.0.md §5).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, useDevice, type NodeDevice } from '../node';
import { expectMonitorOk, expectOk, expectRefused } from '../../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const R = '/api/v2/monitor/system/config-revision';
let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('telemetry-on');
});

const save = async (comments: string): Promise<number> =>
  (await expectMonitorOk(() => fgt.api.post(`${R}/save`, { comments }))).results.config_id as number;

describe('monitor/system/config-revision', () => {
  it('save, then the list as a 6.0 unit answers it', async () => {
    const first = await fgt.api.get(R);
    expect(first.body).toMatchObject({
      http_method: 'GET',
      results: { revisions: [], categories: {}, current_config_unsaved: true },
      path: 'system',
      name: 'config-revision',
      status: 'success',
    });
    expect(first.body).not.toHaveProperty('action');
    expect(await save('before the change')).toBe(1);
    const env = await expectMonitorOk(() => fgt.api.get(`${R}/select`));
    expect(env.action).toBe('select');
    expect(env.results).toEqual({
      revisions: [{ id: 1, time: 1547544600, version_id: '1', admin: 'admin', comment: 'before the change' }],
      categories: {
        '1': { major_version: 6, minor_version: 0, patch_number: 4, build_number: 231, release_number: 0 },
      },
      current_config_unsaved: false,
    });
    await expectOk(() => fgt.api.put('/api/v2/cmdb/system/interface/dmz', { alias: 'lab' }));
    const after = await expectMonitorOk(() => fgt.api.get(R));
    expect(after.results.current_config_unsaved).toBe(true);
  });

  it('info, update-comments and delete', async () => {
    await save('one');
    await save('two');
    await expectMonitorOk(() => fgt.api.post(`${R}/update-comments`, { config_id: 2, comments: 'second' }));
    const info = await expectMonitorOk(() => fgt.api.get(`${R}/info`, { config_id: '2' }));
    expect(info.results).toMatchObject({ id: 2, comment: 'second' });
    await expectMonitorOk(() => fgt.api.post(`${R}/delete`, { config_ids: [1] }));
    const env = await expectMonitorOk(() => fgt.api.get(R));
    expect(env.results.revisions.map((r: { id: number }) => r.id)).toEqual([2]);
  });

  it('file downloads the revision as a configuration file', async () => {
    await save('clean');
    await expectOk(() => fgt.api.put('/api/v2/cmdb/system/interface/dmz', { alias: 'lab' }));
    const answer = await fgt.api.get(`${R}/file`, { config_id: '1' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('Content-Disposition')).toBe(
      'attachment; filename="FGT60E_20190115_0930_r1.conf"',
    );
    expect(answer.text.split('\n')[0]).toBe(
      '#config-version=FGT60E-6.0.4-FW-build0231-190107:opmode=0:vdom=0:user=admin',
    );
    expect(answer.text).not.toContain('set alias "lab"');
    const running = await fgt.api.get('/api/v2/monitor/system/config/backup', { scope: 'global' });
    expect(running.text).toContain('set alias "lab"');
  });

  it('config/restore with source revision puts it back and the device reboots', async () => {
    await save('clean');
    await expectOk(() => fgt.api.put('/api/v2/cmdb/system/interface/dmz', { alias: 'lab' }));
    const bootBefore = fgt.device.state.bootTime;
    await expectMonitorOk(() =>
      fgt.api.post('/api/v2/monitor/system/config/restore', {
        source: 'revision',
        config_id: 1,
        scope: 'global',
      }),
    );
    expect(fgt.device.find('system interface', 'dmz')?.alias).toBe('');
    expect(fgt.device.state.bootTime).not.toBe(bootBefore);
    expect(fgt.device.uptimeSeconds()).toBe(0);
    const diff = await fgt.api.get('/api/v2/fgsim/revision-diff', { from: '1', to: 'running' });
    expect(diff.text).toBe('');
  });

  it('bad input is refused with the device unchanged', async () => {
    await save('one');
    await expectRefused(fgt, () => fgt.api.post(`${R}/delete`, { config_ids: [1, 7] }), 404);
    await expectRefused(fgt, () => fgt.api.post(`${R}/delete`, { config_ids: 'all' }), 500, -651);
    await expectRefused(
      fgt,
      () => fgt.api.post(`${R}/update-comments`, { config_id: 'x', comments: 'y' }),
      500,
      -651,
    );
    await expectRefused(fgt, () => fgt.api.post(`${R}/save`, { comments: 'x'.repeat(256) }), 500, -651);
    await expectRefused(fgt, () => fgt.api.post(`${R}/save`, { comments: 42 }), 500, -651);
    await expectRefused(
      fgt,
      () => fgt.api.post('/api/v2/monitor/system/config/restore', { source: 'revision', config_id: 9 }),
      404,
    );
    await expectRefused(fgt, () => fgt.api.get(`${R}/file`, { config_id: '9' }), 404);
  });

  it('a comment is kept as typed and never changes the meaning of the list', async () => {
    const odd = 'a "quoted"\nline <b>';
    await save(odd);
    const env = await expectMonitorOk(() => fgt.api.get(R));
    expect(env.results.revisions[0].comment).toBe(odd);
  });
});

describe('fgsim/revision-diff', () => {
  it('the minimal CLI between two revisions, or against the running configuration', async () => {
    await save('one');
    await expectOk(() =>
      fgt.api.put('/api/v2/cmdb/system/interface/internal', { fortiheartbeat: 'disable' }),
    );
    const diff = await fgt.api.get('/api/v2/fgsim/revision-diff', { from: '1', to: 'running' });
    expect(diff.status).toBe(200);
    expect(diff.text).toBe(
      [
        'config system interface',
        '    edit "internal"',
        '        set fortiheartbeat disable',
        '    next',
        'end',
        '',
      ].join('\n'),
    );
    await expectRefused(fgt, () => fgt.api.get('/api/v2/fgsim/revision-diff', { from: 'x' }), 500, -651);
    await expectRefused(fgt, () => fgt.api.get('/api/v2/fgsim/revision-diff', { from: '5' }), 404);
  });
});

describe('revision-backup-on-logout', () => {
  it('a GUI logout saves a revision when it is enabled, and not when it is not', async () => {
    const admin = await fgt.login();
    await admin.send('POST', '/logout');
    expect(fgt.device.state.revisions ?? []).toHaveLength(0);
    await expectOk(() =>
      fgt.api.put('/api/v2/cmdb/system/global', { 'revision-backup-on-logout': 'enable' }),
    );
    const again = await fgt.login();
    await again.send('POST', '/logout');
    expect(fgt.device.state.revisions?.map((r) => [r.admin, r.comment])).toEqual([
      ['admin', 'Automatic backup (logout)'],
    ]);
    expect(fgt.device.changeLog().at(-1)).toMatchObject({ door: 'GUI', admin: 'admin' });
  });
});
