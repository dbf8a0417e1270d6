/**
 * Every restore door reboots the unit, as a 6.0 unit does (docs/fortios-6.0.md §3.2): the 6.0 CLI
 * reference's `execute restore config` warns "This operation will overwrite the current setting and
 * could possibly reboot the system!", `system global` `reboot-upon-config-restore` ("Enable/disable
 * reboot of system upon restoring configuration.", default `enable`) decides, and an automation
 * client for `monitor/system/config/restore` documents "FortiOS reboots after a restore unless
 * reboot-upon-config-restore is disabled" (kestra.io, plugin-ee-fortinet RestoreConfig). A reboot
 * forgets the admin sessions: a login session is refused (401) after it; an API token is not a session
 * and keeps working.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../device';
import { server, useDevice, type NodeDevice, type RestClient } from '../node';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

let fgt: NodeDevice;
let gui: RestClient;

beforeEach(async () => {
  fgt = useDevice('telemetry-on');
  gui = await fgt.login();
});

const RESTORE = '/api/v2/monitor/system/config/restore';
const lastReboot = async (): Promise<number> =>
  (await fgt.api.get('/api/v2/monitor/web-ui/state')).body.results.utc_last_reboot as number;
const guiStatus = async (client = gui): Promise<number> =>
  (await client.get('/api/v2/cmdb/system/interface/dmz')).status;
const backup = async (): Promise<string> =>
  (await fgt.api.get('/api/v2/monitor/system/config/backup', { scope: 'global' })).text;
const upload = (client: RestClient, text: string) =>
  client.post(RESTORE, { source: 'upload', scope: 'global', file_content: btoa(text) });

describe('a restore reboots the unit', () => {
  it('an uploaded file: the boot time and the revision move, the GUI session ends, the token stays', async () => {
    const file = (await backup()).replace(/( {4}edit "dmz"\n)/, '$1        set alias "lab"\n');
    const boot = await lastReboot();
    const revision = (await fgt.api.get('/api/v2/cmdb/system/interface/dmz')).body.revision as string;
    (fgt.device.clock as FixedClock).advance(60_000);

    const answer = await upload(gui, file);
    expect(answer.status, answer.text).toBe(200);

    expect(await lastReboot()).toBe(fgt.device.clock.now());
    expect(await lastReboot()).toBeGreaterThan(boot);
    const after = await fgt.api.get('/api/v2/cmdb/system/interface/dmz');
    expect(after.body.results[0].alias).toBe('lab');
    expect((after.body.revision as string).split('.').at(-1)).not.toBe(revision.split('.').at(-1));
    expect(await guiStatus()).toBe(401);
    expect(after.status).toBe(200);

    // Logged in again, the new session lives on the new boot.
    expect(await guiStatus(await fgt.login())).toBe(200);
  });

  it('a saved revision put back (Revisions › Revert) reboots the same way', async () => {
    const saved = await gui.post('/api/v2/monitor/system/config-revision/save', { comments: 'clean' });
    expect(saved.status, saved.text).toBe(200);
    const boot = await lastReboot();
    const answer = await gui.post(RESTORE, { source: 'revision', config_id: 1, scope: 'global' });
    expect(answer.status, answer.text).toBe(200);
    expect(await lastReboot()).toBeGreaterThan(boot);
    expect(await guiStatus()).toBe(401);
  });

  it('a refused file changes nothing, does not reboot, and the session lives on', async () => {
    const before = await backup();
    const boot = await lastReboot();
    const answer = await upload(gui, 'config system global\n    set nothing 1\nend\n');
    expect(answer.status).toBe(500);
    expect(answer.body.error).toBe(-651);
    expect(await lastReboot()).toBe(boot);
    expect(await backup()).toBe(before);
    expect(await guiStatus()).toBe(200);
  });

  it('with reboot-upon-config-restore disable the file is applied and the unit stays up', async () => {
    const set = await fgt.api.put('/api/v2/cmdb/system/global', { 'reboot-upon-config-restore': 'disable' });
    expect(set.status, set.text).toBe(200);
    const boot = await lastReboot();
    const file = (await backup()).replace(/( {4}edit "dmz"\n)/, '$1        set alias "lab"\n');
    expect((await upload(gui, file)).status).toBe(200);
    expect(fgt.device.find('system interface', 'dmz')?.alias).toBe('lab');
    expect(await lastReboot()).toBe(boot);
    expect(await guiStatus()).toBe(200);
  });
});

describe('every reboot ends the login sessions, whichever door made it', () => {
  const cli = (client: RestClient, line: string) => client.post('/api/v2/fgsim/cli', { session: 't', line });

  it('execute reboot in the CLI Console: the answer comes, then the session is over', async () => {
    await cli(gui, 'execute reboot');
    const done = await cli(gui, 'y');
    expect(done.body.results.output).toContain('The system is going down NOW !!');
    expect(await guiStatus()).toBe(401);
  });

  it('two reboots at one moment of the fixed clock both end the sessions opened before them', async () => {
    await cli(fgt.api, 'execute reboot');
    await cli(fgt.api, 'y');
    const second = await fgt.login();
    expect(await guiStatus(second)).toBe(200);
    await cli(fgt.api, 'execute factoryreset');
    await cli(fgt.api, 'y');
    expect(await guiStatus(second)).toBe(401);
  });

  it('opening a scenario (the guide’s Reset) is not a reboot: the session lives on, and ends at the next reboot', async () => {
    await cli(fgt.api, 'execute reboot');
    await cli(fgt.api, 'y');
    const session = await fgt.login();
    const reset = await session.post('/api/v2/fgsim/scenario', { name: 'telemetry-on' });
    expect(reset.status, reset.text).toBe(200);
    expect(await guiStatus(session)).toBe(200);
    await cli(fgt.api, 'execute reboot');
    await cli(fgt.api, 'y');
    expect(await guiStatus(session)).toBe(401);
  });
});
