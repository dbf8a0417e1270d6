/**
 * Getting in (reference §11): `/logincheck` answers `1`/`0` and sets `APSCOOKIE_…` and
 * `ccsrftoken="…"`; GUI writes need `X-CSRFTOKEN`; the API token needs no session; `/logout` ends it.
 * Refusals — 401, 403, 404, 405 — leave the device unchanged.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CliSession, exportState, FixedClock, importState, restoreConfig, sh2Hash } from '../../device';
import { encryptSecret } from '../../device/secret-codec';
import { API_TOKEN } from '../credentials';
import { server, useDevice, type NodeDevice } from '../node';
import { expectOk, expectRefused } from '../../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const INTERNAL = '/api/v2/cmdb/system/interface/internal';
const form = (fields: Record<string, string>) => ({
  raw: new URLSearchParams(fields).toString(),
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
});

let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('telemetry-on');
});

describe('POST /logincheck', () => {
  // FortiOS REST API Reference, "Setting Up an Authenticated Session": the body and the three cookies.
  it('accepts admin with the empty factory password: the 6.0 body, session and CSRF cookies', async () => {
    const answer = await fgt
      .anonymous()
      .send('POST', '/logincheck', form({ username: 'admin', secretkey: '', ajax: '1' }));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(answer.text).toBe('1document.location="/ng/prompt?viewOnly&redir=%2Fng%2F";');
    const cookies = answer.headers.getSetCookie();
    const n = /^APSCOOKIE_(\d+)="Era%3D0%26Payload%3D[0-9a-f]{32}%0A"; path=\//.exec(cookies[0] ?? '')?.[1];
    expect(n).toBeDefined();
    expect(cookies[1]).toMatch(/^ccsrftoken="[0-9A-F]{32}"/);
    expect(cookies[2]).toMatch(new RegExp(`^ccsrftoken_${n}="[0-9A-F]{32}"`));
  });

  it('logs in with the password `config system admin` sets, and no longer with the old one', async () => {
    fgt.device.transact((tx) => {
      tx.update('system admin', 'admin', { password: 'Trainer-1' });
    });
    expect(
      (await fgt.anonymous().send('POST', '/logincheck', form({ username: 'admin', secretkey: '' }))).text,
    ).toBe('0');
    const ok = await fgt
      .anonymous()
      .send('POST', '/logincheck', form({ username: 'admin', secretkey: 'Trainer-1' }));
    expect(ok.text.startsWith('1')).toBe(true);
  });

  it('survives a malformed multipart body: answers 0, no stack trace', async () => {
    const answer = await fgt.anonymous().send('POST', '/logincheck', {
      raw: '--x\r\nbroken',
      headers: { 'Content-Type': 'multipart/form-data; boundary=y' },
    });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('0');
  });

  it.each([
    ['a wrong password', { username: 'admin', secretkey: 'admin', ajax: '1' }],
    ['an unknown user', { username: 'root', secretkey: '', ajax: '1' }],
    ['no fields', {}],
    ['an empty user name', { username: '', secretkey: '' }],
  ])('answers 0 and sets no cookie for %s', async (_what, fields) => {
    const answer = await fgt.anonymous().send('POST', '/logincheck', form(fields));
    expect(answer.text.startsWith('0')).toBe(true);
    expect(answer.headers.getSetCookie()).toEqual([]);
  });
});

describe('a GUI session', () => {
  it('reads, and writes with its CSRF token', async () => {
    const gui = await fgt.login();
    const env = await expectOk(() => gui.get(INTERNAL));
    expect(env.results[0].fortiheartbeat).toBe('enable');
    await expectOk(() => gui.put(INTERNAL, { fortiheartbeat: 'disable' }));
    expect(fgt.device.find('system interface', 'internal')?.fortiheartbeat).toBe('disable');
  });

  it('is refused a write without the CSRF token, or with another (403)', async () => {
    const gui = await fgt.login();
    const other = await fgt.login();
    await expectRefused(fgt, () => gui.with({ 'X-CSRFTOKEN': '' }).put(INTERNAL, { alias: 'x' }), 403);
    const mixed = gui.with({ 'X-CSRFTOKEN': other.headers['X-CSRFTOKEN'] ?? '' });
    expect(mixed.headers['X-CSRFTOKEN']).not.toBe(gui.headers['X-CSRFTOKEN']);
    await expectRefused(fgt, () => mixed.put(INTERNAL, { alias: 'x' }), 403);
    await expectRefused(fgt, () => mixed.delete('/api/v2/cmdb/vpn.ipsec/phase1-interface/DC-Backup'), 403);
    await expectRefused(fgt, () => mixed.post('/api/v2/cmdb/firewall/address', { name: 'x' }), 403);
    await expectRefused(
      fgt,
      () => mixed.post('/api/v2/monitor/endpoint-control/registration/deregister', { uid: [] }),
      403,
    );
  });

  it('ends with /logout: the cookie no longer opens anything (401)', async () => {
    const gui = await fgt.login();
    await expectOk(() => gui.get(INTERNAL));
    await gui.send('POST', '/logout');
    await expectRefused(fgt, () => gui.get(INTERNAL), 401);
  });
});

describe('lockout, one implementation with served mode (api/login.ts)', () => {
  const wrong = () =>
    fgt.anonymous().send('POST', '/logincheck', form({ username: 'admin', secretkey: 'bad' }));
  const right = () => fgt.anonymous().send('POST', '/logincheck', form({ username: 'admin', secretkey: '' }));

  it('answers 2 from the third failure, refuses even the right password for 60 s, then lets in', async () => {
    expect((await wrong()).text).toBe('0');
    expect((await wrong()).text).toBe('0');
    expect((await wrong()).text).toBe('2');
    expect((await right()).text).toBe('2');
    expect((await right()).headers.getSetCookie()).toEqual([]);
    (fgt.device.clock as FixedClock).advance(60_001);
    expect((await right()).text.startsWith('1')).toBe(true);
  });

  it('follows admin-lockout-threshold and admin-lockout-duration', async () => {
    fgt.device.transact((tx) => {
      tx.update('system global', null, { 'admin-lockout-threshold': 1, 'admin-lockout-duration': 5 });
    });
    expect((await wrong()).text).toBe('2');
    (fgt.device.clock as FixedClock).advance(4_000);
    expect((await right()).text).toBe('2');
    (fgt.device.clock as FixedClock).advance(1_001);
    expect((await right()).text.startsWith('1')).toBe(true);
  });
});

describe('sessions as 6.0 keeps them', () => {
  it('logging in again (another tab) keeps the first session (admin-concurrent), each with its token', async () => {
    const first = await fgt.login();
    const second = await fgt.login();
    await expectOk(() => first.get(INTERNAL));
    await expectOk(() => first.put(INTERNAL, { alias: 'one' }));
    await expectOk(() => second.put(INTERNAL, { alias: 'two' }));
  });

  it('ends a session idle for longer than admintimeout; use keeps it alive', async () => {
    const gui = await fgt.login();
    const clock = fgt.device.clock as FixedClock;
    clock.advance(4 * 60_000);
    await expectOk(() => gui.get(INTERNAL));
    clock.advance(4 * 60_000);
    await expectOk(() => gui.get(INTERNAL));
    clock.advance(5 * 60_000 + 1);
    await expectRefused(fgt, () => gui.get(INTERNAL), 401);
  });

  it('a GET of /logout (a link on another site) ends nothing: 405', async () => {
    const gui = await fgt.login();
    expect((await gui.get('/logout')).status).toBe(405);
    await expectOk(() => gui.get(INTERNAL));
  });

  it('an admin who is deleted is logged out', async () => {
    fgt.device.transact((tx) => {
      tx.create('system admin', { name: 'trainer', accprofile: 'super_admin', password: 'x' });
    });
    const trainer = await fgt.login('trainer', 'x');
    await expectOk(() => trainer.get(INTERNAL));
    fgt.device.transact((tx) => tx.remove('system admin', 'trainer'));
    await expectRefused(fgt, () => trainer.get(INTERNAL), 401);
  });
});

describe('without a session', () => {
  it('every API path answers 401 and nothing changes', async () => {
    const nobody = fgt.anonymous();
    await expectRefused(fgt, () => nobody.get(INTERNAL), 401);
    await expectRefused(fgt, () => nobody.put(INTERNAL, { fortiheartbeat: 'disable' }), 401);
    await expectRefused(fgt, () => nobody.get('/api/v2/monitor/system/status'), 401);
    await expectRefused(fgt, () => nobody.get('/api/v2/cmdb/no/such'), 401);
    await expectRefused(fgt, () => nobody.with({ Cookie: 'APSCOOKIE_3045627311=forged' }).get(INTERNAL), 401);
    await expectRefused(fgt, () => nobody.with({ Authorization: 'Bearer wrong' }).get(INTERNAL), 401);
  });
});

describe('the API token', () => {
  it('works as a Bearer header or ?access_token=, and needs no CSRF token', async () => {
    await expectOk(() => fgt.api.put(INTERNAL, { alias: 'LAN' }));
    const byQuery = fgt.anonymous();
    await expectOk(() =>
      byQuery.send('PUT', `${INTERNAL}?access_token=${API_TOKEN}`, { body: { alias: 'LAN2' } }),
    );
    expect(fgt.device.find('system interface', 'internal')?.alias).toBe('LAN2');
  });

  it("an API user's key opens until the key is replaced, then only the new one does", async () => {
    const bearer = (key: string) => fgt.anonymous().with({ Authorization: `Bearer ${key}` });
    const first = 'k1k1k1k1k1k1k1k1k1k1k1k1k1k1k1';
    const second = 'k2k2k2k2k2k2k2k2k2k2k2k2k2k2k2';
    fgt.device.transact((tx) =>
      tx.create('system api-user', { name: 'ci', accprofile: 'super_admin', 'api-key': sh2Hash(first) }),
    );
    // Twice: the second answer comes from the key kept for the row (src/api/login.ts `keyOpens`).
    await expectOk(() => bearer(first).get(INTERNAL));
    await expectOk(() => bearer(first).get(INTERNAL));
    fgt.device.transact((tx) => tx.update('system api-user', 'ci', { 'api-key': sh2Hash(second) }));
    await expectRefused(fgt, () => bearer(first).get(INTERNAL), 401);
    await expectOk(() => bearer(second).get(INTERNAL));
    fgt.device.transact((tx) => tx.remove('system api-user', 'ci'));
    await expectRefused(fgt, () => bearer(second).get(INTERNAL), 401);
  });
});

describe('404 and 405 for a logged-in caller', () => {
  it('an unknown path is 404, a known path with the wrong method 405', async () => {
    const gui = await fgt.login();
    await expectRefused(fgt, () => gui.get('/api/v2/cmdb/system/unknown'), 404);
    await expectRefused(fgt, () => gui.get('/api/v2/monitor/system/unknown'), 404);
    await expectRefused(fgt, () => gui.send('PATCH', INTERNAL, { body: { alias: 'x' } }), 405);
    await expectRefused(fgt, () => gui.post('/api/v2/monitor/system/status', {}), 405);
    await expectRefused(fgt, () => gui.get('/api/v2/monitor/endpoint-control/registration/deregister'), 405);
    await expectRefused(fgt, () => gui.post('/api/v2/cmdb/system/settings', {}), 405);
  });

  it('GET /logincheck is 405', async () => {
    const answer = await fgt.anonymous().get('/logincheck');
    expect(answer.status).toBe(405);
  });
});

/**
 * Admin passwords as 6.0 keeps them: `set password ENC SH2<base64 of salt and SHA-256>`, one-way. The
 * line below is John the Ripper's FortiOS 256 test vector for the password "a" (openwall/john,
 * src/fortigate256_fmt_plug.c), in the `config system admin` form its header quotes from real backups.
 */
describe("an admin's password as a one-way SH2 hash", () => {
  const JOHN_A = 'SH2+n+OiTlautpJQF1NBcMU2H1otOvlAz9g5wzxwHw+4il3Aiixv9oPtKnRgCc=';
  const logIn = async (secretkey: string) =>
    (await fgt.anonymous().send('POST', '/logincheck', form({ username: 'admin', secretkey }))).text;

  it("restores a backup's SH2 line: its password logs in over HTTP, and show prints the line as it came", async () => {
    restoreConfig(
      fgt.device,
      [
        '#config-version=FGT60E-6.0.4-FW-build0231-190107:opmode=0:vdom=0:user=admin',
        'config system admin',
        '    edit "admin"',
        '        set accprofile "super_admin"',
        '        set vdom "root"',
        `        set password ENC ${JOHN_A}`,
        '    next',
        'end',
      ].join('\n'),
    );
    expect(await logIn('a')).toMatch(/^1/);
    expect(await logIn('')).toBe('0');
    const show = new CliSession(fgt.device).run('show system admin').output;
    expect(show).toContain(`        set password ENC ${JOHN_A}\n`);
    const read = await expectOk(() => fgt.api.get('/api/v2/cmdb/system/admin/admin'));
    expect((read.results as Array<Record<string, unknown>>)[0]?.['password']).toBe(`ENC ${JOHN_A}`);
  });

  it('keeps only the hash of a password set through REST; sending the row back unchanged keeps it', async () => {
    await expectOk(() => fgt.api.put('/api/v2/cmdb/system/admin/admin', { password: 'Tr41ner!' }));
    const stored = String(fgt.device.find('system admin', 'admin')?.['password']);
    expect(stored).toMatch(/^SH2[A-Za-z0-9+/]{59}=$/);
    expect(stored).not.toContain('Tr41ner');
    const read = await expectOk(() => fgt.api.get('/api/v2/cmdb/system/admin/admin'));
    const row = (read.results as Array<Record<string, unknown>>)[0] as Record<string, unknown>;
    expect(row['password']).toBe(`ENC ${stored}`);
    await expectOk(() => fgt.api.put('/api/v2/cmdb/system/admin/admin', { password: row['password'] }));
    expect(fgt.device.find('system admin', 'admin')?.['password']).toBe(stored);
    expect(await logIn('Tr41ner!')).toMatch(/^1/);
  });

  it('refuses an ENC value that is neither a hash nor fgsim secret (-651), changing nothing', async () => {
    const before = fgt.device.state;
    await expectRefused(
      fgt,
      () => fgt.api.put('/api/v2/cmdb/system/admin/admin', { password: 'ENC SH2notahash' }),
      500,
      -651,
    );
    expect(fgt.device.state).toBe(before);
  });

  it("restores an older fgsim backup's admin line (its reversible ENC codec) as that password's hash", async () => {
    restoreConfig(
      fgt.device,
      [
        'config system admin',
        '    edit "admin"',
        `        set password ENC ${encryptSecret('Old-pass2')}`,
        '    next',
        'end',
      ].join('\n'),
    );
    expect(String(fgt.device.find('system admin', 'admin')?.['password'])).toMatch(/^SH2[A-Za-z0-9+/]{59}=$/);
    expect(await logIn('Old-pass2')).toMatch(/^1/);
  });

  it('moves a stored device that kept a password in the clear to its hash; the admin still logs in', async () => {
    fgt.device.transact((tx) => {
      tx.update('system admin', 'admin', { password: 'Old-pass1' });
    });
    const hash = String(fgt.device.find('system admin', 'admin')?.['password']);
    // What an fgsim before SH2 stored: the same snapshot with the password in the clear.
    const older = exportState(fgt.device).replace(hash, 'Old-pass1');
    expect(older).toContain('"password":"Old-pass1"');
    const loaded = importState(older, new FixedClock());
    expect(loaded.notice).toBeNull();
    expect(loaded.device.find('system admin', 'admin')?.['password']).toBe(hash);
    fgt = useDevice('telemetry-on', loaded.device);
    expect(await logIn('Old-pass1')).toMatch(/^1/);
  });
});
