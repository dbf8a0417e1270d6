/**
 * The CLI door and Configuration › Backup/Restore through the REST layer: a session per console, the
 * login/CSRF rules every write obeys, the y/n flow of step 5 emptying the monitor, a factory reset
 * replacing the host's device, and the backup → factory reset → restore round trip over HTTP.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, useDevice, type NodeDevice, type RestClient } from '../node';
import { expectMonitorOk, expectOk, expectRefused } from '../../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const CLI = '/api/v2/fgsim/cli';
const BACKUP = '/api/v2/monitor/system/config/backup';
const RESTORE = '/api/v2/monitor/system/config/restore';

let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('telemetry-on');
});

async function type(client: RestClient, line: string, session = 'console-1') {
  return (await expectOk(() => client.post(CLI, { session, line }))).results;
}

const base64 = (text: string): string => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

describe('POST /api/v2/fgsim/cli', () => {
  it('runs a line and answers the output and the next prompt', async () => {
    expect(await type(fgt.api, 'config system interface')).toEqual({
      output: '',
      prompt: 'FGT60E (interface) # ',
    });
    expect(await type(fgt.api, 'edit dmz')).toEqual({ output: '', prompt: 'FGT60E (dmz) # ' });
    await type(fgt.api, 'set alias "DMZ net"');
    await type(fgt.api, 'end');
    const row = await expectOk(() => fgt.api.get('/api/v2/cmdb/system/interface/dmz'));
    expect(row.results[0].alias).toBe('DMZ net');
  });

  it('starts a session afresh when the host replaces its device (Reset), dropping its open edit', async () => {
    await type(fgt.api, 'config system interface');
    await type(fgt.api, 'edit dmz');
    await type(fgt.api, 'set alias "before reset"');
    await expectOk(() => fgt.api.post('/api/v2/fgsim/scenario', { name: 'telemetry-on' }));
    expect(await type(fgt.api, 'end')).toMatchObject({ prompt: 'FGT60E # ' });
    const row = await expectOk(() => fgt.api.get('/api/v2/cmdb/system/interface/dmz'));
    expect(row.results[0].alias).toBe('');
  });

  it('keeps one session per console name', async () => {
    await type(fgt.api, 'config system settings', 'a');
    expect((await type(fgt.api, 'get | grep opmode', 'a')).prompt).toBe('FGT60E (settings) # ');
    expect((await type(fgt.api, '', 'b')).prompt).toBe('FGT60E # ');
  });

  it('answers with the envelope and the revision of the device after the line', async () => {
    const before = (await expectOk(() => fgt.api.post(CLI, { session: 's', line: 'show system csf' })))
      .revision;
    await type(fgt.api, 'config system csf', 's');
    await type(fgt.api, 'set status disable', 's');
    const after = await expectOk(() => fgt.api.post(CLI, { session: 's', line: 'end' }));
    expect(after).toMatchObject({ http_method: 'POST', path: 'fgsim', name: 'cli' });
    expect(after.revision).not.toBe(before);
  });

  it('step 5: deregister all, n keeps the endpoints, y empties the FortiClient Monitor', async () => {
    const list = async () =>
      (await expectMonitorOk(() => fgt.api.get('/api/v2/monitor/endpoint-control/record-list'))).results;
    expect(await type(fgt.api, 'diag endpoint registration deregister all')).toEqual({
      output: 'This operation will deregister all FortiClients!',
      prompt: 'Do you want to continue? (y/n)',
    });
    expect(await type(fgt.api, 'n')).toEqual({ output: 'Command aborted.', prompt: 'FGT60E # ' });
    expect(await list()).toHaveLength(6);
    await type(fgt.api, 'diag endpoint registration deregister all');
    await type(fgt.api, 'y');
    expect(await list()).toEqual([]);
  });

  it('execute factoryreset replaces the host device with the factory-default one', async () => {
    const before = fgt.device;
    await type(fgt.api, 'execute factoryreset');
    expect((await type(fgt.api, 'y')).event).toBe('factoryreset');
    expect(fgt.device).not.toBe(before);
    const phase1 = await expectOk(() => fgt.api.get('/api/v2/cmdb/vpn.ipsec/phase1-interface'));
    expect(phase1.results).toEqual([]);
  });

  it('Tab and Ctrl-C', async () => {
    const done = await expectOk(() =>
      fgt.api.post(`${CLI}/complete`, { session: 't', line: 'conf sys int' }),
    );
    expect(done.results).toEqual({ line: 'conf sys interface ', candidates: ['interface'] });
    await type(fgt.api, 'exec reboot', 't');
    const stopped = await expectOk(() => fgt.api.post(`${CLI}/interrupt`, { session: 't' }));
    expect(stopped.results).toEqual({ output: 'Command aborted.', prompt: 'FGT60E # ' });
  });

  it('needs a login, and a GUI session needs its CSRF token', async () => {
    await expectRefused(fgt, () => fgt.anonymous().post(CLI, { line: 'execute factoryreset' }), 401);
    const gui = await fgt.login();
    await expectRefused(fgt, () => gui.with({ 'X-CSRFTOKEN': 'wrong' }).post(CLI, { line: 'show' }), 403);
    expect((await type(gui, 'get system status')).output).toContain('Serial-Number: FGT60E4Q17000000');
  });

  it('a body that is not { session, line } is a bad value', async () => {
    await expectRefused(fgt, () => fgt.api.post(CLI, { session: 's', line: 42 }), 500, -651);
    await expectRefused(fgt, () => fgt.api.send('POST', CLI, { raw: 'config' }), 500, -651);
  });
});

describe('Configuration backup and restore', () => {
  it('backup answers the configuration file as text', async () => {
    const answer = await fgt.api.get(BACKUP, { scope: 'global' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('Content-Type')).toMatch(/^text\/plain/);
    expect(answer.headers.get('Content-Disposition')).toMatch(/^attachment; filename="FGT60E_.*\.conf"$/);
    expect(answer.text.split('\n')[0]).toBe(
      '#config-version=FGT60E-6.0.4-FW-build0231-190107:opmode=0:vdom=0:user=admin',
    );
    // A real 6.0 backup is the header and `show`'s non-default lines (docs/fortios-6.0.md §3).
    expect(answer.text).toBe(`${(await type(fgt.api, 'show')).output}\n`);
  });

  it('backup wants a scope', async () => {
    await expectRefused(fgt, () => fgt.api.get(BACKUP), 500, -651);
  });

  it('backup, factory reset, restore (JSON with base64): the same full configuration', async () => {
    const backup = (await fgt.api.get(BACKUP, { scope: 'global' })).text;
    await type(fgt.api, 'execute factoryreset');
    await type(fgt.api, 'y');
    expect((await fgt.api.get(BACKUP, { scope: 'global' })).text).not.toBe(backup);
    await expectMonitorOk(() =>
      fgt.api.post(RESTORE, { source: 'upload', scope: 'global', file_content: base64(backup) }),
    );
    expect((await fgt.api.get(BACKUP, { scope: 'global' })).text).toBe(backup);
  });

  it('restore takes a multipart upload or the text itself', async () => {
    const text = 'config system csf\n    set group-name "from-a-file"\nend\n';
    const form = new FormData();
    form.append('file', new Blob([text], { type: 'text/plain' }), 'backup.conf');
    const answer = await fetch(new URL(`${RESTORE}?source=upload&scope=global`, fgt.api.origin), {
      method: 'POST',
      headers: fgt.api.headers,
      body: form,
    });
    expect(answer.status).toBe(200);
    expect(fgt.device.single('system csf')['group-name']).toBe('from-a-file');
    await expectMonitorOk(() =>
      fgt.api.send('POST', RESTORE, {
        raw: text.replace('from-a-file', 'plain'),
        headers: { 'Content-Type': 'text/plain' },
      }),
    );
    expect(fgt.device.single('system csf')['group-name']).toBe('plain');
  });

  it('a file with a bad line is refused and changes nothing', async () => {
    const bad = 'config system interface\n    edit "wan1"\n        set mode sideways\n    next\nend\n';
    const answer = await expectRefused(
      fgt,
      () => fgt.api.post(RESTORE, { source: 'upload', scope: 'global', file_content: base64(bad) }),
      500,
      -651,
    );
    expect(answer.message).toMatch(/^line 3: command parse error before 'sideways'/);
    await expectRefused(
      fgt,
      () => fgt.api.post(RESTORE, { source: 'upload', file_content: '%%%' }),
      500,
      -651,
    );
    await expectRefused(
      fgt,
      () => fgt.api.post(RESTORE, { source: 'usb', file_content: base64(bad) }),
      500,
      -651,
    );
  });
});

/**
 * Hostnames and the backup's file name (issue 14, item 6). 6.0 handbook, "Text strings": hostnames take
 * only 0-9, a-z, A-Z, `-` and `_` (docs.fortinet.com/document/fortigate/6.0.5/handbook/932330/text-strings);
 * `set hostname` is size[35]. `FGT-東京`, an emoji, `１２３` and CR/LF made Backup answer error -1.
 */
describe('hostnames and the backup file name', () => {
  const GLOBAL = '/api/v2/cmdb/system/global';

  it.each(['FGT-東京', 'FGT😀', '１２３', 'FGT\r\nX', 'a b', 'a.b', '', 'x'.repeat(36)])(
    'the hostname %j is refused by REST (-651) and the CLI, the device unchanged',
    async (hostname) => {
      await expectRefused(fgt, () => fgt.api.put(GLOBAL, { hostname }), 500, -651);
      await type(fgt.api, 'config system global');
      const { output } = await type(fgt.api, `set hostname "${hostname.replace(/"/g, '\\"')}"`);
      expect(output).toMatch(/Command fail\. Return code -651$/);
      await type(fgt.api, 'end');
      expect(fgt.device.single('system global').hostname).toBe('FGT60E');
    },
  );

  it('a hostname of every allowed character names the backup file', async () => {
    await expectOk(() => fgt.api.put(GLOBAL, { hostname: 'Lab_fw-01' }));
    const answer = await fgt.api.get(BACKUP, { scope: 'global' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('Content-Disposition')).toMatch(
      /^attachment; filename="Lab_fw-01_\d{8}_\d{4}\.conf"$/,
    );
  });

  it('a file name outside ASCII is sent as filename*= with an ASCII fallback', async () => {
    const { contentDisposition } = await import('./config-file');
    expect(contentDisposition('FGT-東京_20190115_0930.conf')).toBe(
      `attachment; filename="FGT-___20190115_0930.conf"; filename*=UTF-8''FGT-%E6%9D%B1%E4%BA%AC_20190115_0930.conf`,
    );
    expect(contentDisposition('a"b\r\n.conf')).toBe(
      `attachment; filename="a_b__.conf"; filename*=UTF-8''a%22b%0D%0A.conf`,
    );
    expect(() => new Headers({ 'Content-Disposition': contentDisposition('😀\uD800.conf') })).not.toThrow();
  });
});
