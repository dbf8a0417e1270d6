/**
 * Getting in (reference §11): `/logincheck` answers `1`/`0` and sets `APSCOOKIE_…` and
 * `ccsrftoken="…"`; GUI writes need `X-CSRFTOKEN`; the API token needs no session; `/logout` ends it.
 * Refusals — 401, 403, 404, 405 — leave the device unchanged.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_TOKEN } from '../credentials';
import { server, useDevice, type NodeDevice } from '../node';
import { expectOk, expectRefused } from '../testing';

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
  it('accepts admin with the empty factory password: body starts with 1, session and CSRF cookies', async () => {
    const answer = await fgt
      .anonymous()
      .send('POST', '/logincheck', form({ username: 'admin', secretkey: '', ajax: '1' }));
    expect(answer.status).toBe(200);
    expect(answer.text.startsWith('1')).toBe(true);
    const cookies = answer.headers.getSetCookie();
    expect(cookies.some((c) => /^APSCOOKIE_\d+=[^;]+/.test(c))).toBe(true);
    expect(cookies.some((c) => /^ccsrftoken="[0-9A-F]+"/.test(c))).toBe(true);
  });

  it.each([
    ['a wrong password', { username: 'admin', secretkey: 'admin', ajax: '1' }],
    ['an unknown user', { username: 'root', secretkey: '', ajax: '1' }],
    ['no fields', {}],
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
