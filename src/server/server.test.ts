/**
 * Served mode end to end, as curl would use it: a real server on a free loopback port, plain HTTP
 * requests, cookies handled by hand. Facts checked against the FortiOS REST API Reference
 * ("Setting Up an Authenticated Session", "Token-based authentication", "Generate API token") and
 * reference §11/§13: 401 before routing, `/logincheck`'s body and cookies, `X-CSRFTOKEN` on writes,
 * `execute api-user generate-key`'s output, lockout answered `2`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../device';
import { startServed, type ServedDevice } from './device';
import { readState } from './state';

let served: ServedDevice;
let base: string;
let dir: string;
/** The clock of device, sessions and lockouts: advanced by the test instead of sleeping. */
const clock = new FixedClock(Date.UTC(2026, 0, 1));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fgsim-served-'));
  served = await startServed({
    port: 0,
    scenario: null,
    fallback: 'telemetry-on',
    stateDir: dir,
    distDir: null,
    clock,
  });
  base = served.url.replace(/\/$/, '');
});
afterAll(async () => {
  await served.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  type: string | null;
  text: string;
  cookies: string[];
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- envelopes are read freely
}

async function call(
  method: string,
  url: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Reply> {
  const r = await fetch(base + url, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await r.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return {
    status: r.status,
    type: r.headers.get('content-type'),
    text,
    cookies: r.headers.getSetCookie(),
    body: parsed,
  };
}

const form = (username: string, secretkey: string) => ({
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ username, secretkey, ajax: '1' }).toString(),
});

async function login(
  username = 'admin',
  password = '',
): Promise<{ reply: Reply; cookie: string; csrf: string }> {
  const f = form(username, password);
  const reply = await call('POST', '/logincheck', f.headers, f.body);
  const cookie = reply.cookies.map((c) => c.split(';')[0]).join('; ');
  const csrf = /ccsrftoken="([^"]*)"/.exec(cookie)?.[1] ?? '';
  return { reply, cookie, csrf };
}

const cli = (session: { cookie: string; csrf: string }, line: string) =>
  call(
    'POST',
    '/api/v2/fgsim/cli',
    { Cookie: session.cookie, 'X-CSRFTOKEN': session.csrf, 'Content-Type': 'application/json' },
    JSON.stringify({ session: 'test', line }),
  );

const TUNNEL = '/api/v2/cmdb/system/interface/HQ-to-Branch';

describe('served mode over real HTTP', () => {
  it('answers 401 under /api/v2/ before routing, whatever the path', async () => {
    for (const url of [
      '/api/v2/cmdb/system/interface',
      '/api/v2/no/such/path',
      '/api/v2/monitor/system/status',
    ]) {
      const r = await call('GET', url);
      expect(r.status, url).toBe(401);
      expect(r.body).toMatchObject({ status: 'error', http_status: 401 });
    }
    expect((await call('PUT', TUNNEL, {}, '{"fortiheartbeat":"disable"}')).status).toBe(401);
  });

  it('logs in as 6.0 answers it: the body, APSCOOKIE_<n> HttpOnly, ccsrftoken and ccsrftoken_<n>', async () => {
    const { reply } = await login();
    expect(reply.status).toBe(200);
    expect(reply.type).toMatch(/^text\/html/);
    expect(reply.text).toBe('1document.location="/ng/prompt?viewOnly&redir=%2Fng%2F";');
    const [session, csrf, csrfN] = reply.cookies;
    const n = /^APSCOOKIE_(\d+)="[^"]+"; path=\/; HttpOnly/.exec(session ?? '')?.[1];
    expect(n).toBeDefined();
    expect(csrf).toMatch(/^ccsrftoken="[0-9A-F]{32}"; path=\//);
    expect(csrfN).toMatch(new RegExp(`^ccsrftoken_${n}="[0-9A-F]{32}"; path=/`));
    expect(csrf).not.toMatch(/HttpOnly/);
  });

  it('reads system/status, writes with the CSRF header, is refused 403 without it', async () => {
    const s = await login();
    const status = await call('GET', '/api/v2/monitor/system/status', { Cookie: s.cookie });
    expect(status.status).toBe(200);
    expect(status.body.results).toMatchObject({ model_number: '60E', hostname: 'FGT60E' });

    const body = JSON.stringify({ fortiheartbeat: 'disable' });
    const json = { 'Content-Type': 'application/json' };
    const refused = await call('PUT', TUNNEL, { ...json, Cookie: s.cookie }, body);
    expect(refused.status).toBe(403);
    expect(served.host.device.find('system interface', 'HQ-to-Branch')?.fortiheartbeat).toBe('enable');

    const ok = await call('PUT', TUNNEL, { ...json, Cookie: s.cookie, 'X-CSRFTOKEN': s.csrf }, body);
    expect(ok.status, ok.text).toBe(200);
    expect(served.host.device.find('system interface', 'HQ-to-Branch')?.fortiheartbeat).toBe('disable');
    // Answered after the state file was written.
    const onDisk = readState(dir, new FixedClock());
    expect(onDisk?.notice).toBeNull();
    expect(onDisk?.device.find('system interface', 'HQ-to-Branch')?.fortiheartbeat).toBe('disable');
  });

  it('accepts a client that sends the whole Set-Cookie value back as its Cookie header', async () => {
    const { reply, csrf } = await login();
    const whole = reply.cookies[0] ?? '';
    expect(whole).toMatch(/; path=\/; HttpOnly/);
    const r = await call('GET', '/api/v2/cmdb/system/interface/wan1', { Cookie: whole });
    expect(r.status).toBe(200);
    const w = await call(
      'PUT',
      '/api/v2/cmdb/system/interface/wan1',
      { Cookie: whole, 'X-CSRFTOKEN': csrf },
      '{"alias":"ISP"}',
    );
    expect(w.status, w.text).toBe(200);
  });

  it('a second login does not end the first session (admin-concurrent)', async () => {
    const first = await login();
    const second = await login();
    expect(second.csrf).not.toBe(first.csrf);
    expect((await call('GET', '/api/v2/monitor/system/status', { Cookie: first.cookie })).status).toBe(200);
    expect((await call('GET', '/api/v2/monitor/system/status', { Cookie: second.cookie })).status).toBe(200);
  });

  it('changes the admin password through the CLI door; the new one logs in, the old one no longer', async () => {
    const s = await login();
    for (const line of ['config system admin', 'edit admin', 'set password N3w-pass', 'next', 'end']) {
      const r = await cli(s, line);
      expect(r.status, r.text).toBe(200);
      expect(r.body.results.output).not.toMatch(/fail|error/i);
    }
    const show = await cli(s, 'show system admin admin');
    expect(show.body.results.output).toMatch(/set password ENC \S+/);
    expect(show.body.results.output).not.toContain('N3w-pass');
    expect((await login('admin', '')).reply.text).toBe('0');
    const fresh = await login('admin', 'N3w-pass');
    expect(fresh.reply.text.startsWith('1')).toBe(true);
    // Back to the factory password for the tests after (and to reset the failure count).
    for (const line of ['config system admin', 'edit admin', 'unset password', 'next', 'end'])
      await cli(fresh, line);
    expect((await login()).reply.text.startsWith('1')).toBe(true);
  });

  it('execute api-user generate-key prints the key once; it works as Bearer and as access_token', async () => {
    const s = await login();
    for (const line of ['config system api-user', 'edit ci', 'set accprofile super_admin', 'next', 'end'])
      expect((await cli(s, line)).status).toBe(200);
    const out = ((await cli(s, 'execute api-user generate-key ci')).body.results.output as string).split(
      '\n',
    );
    const key = /^New API key: ([A-Za-z0-9]{30})$/.exec(out[0] ?? '')?.[1] ?? '';
    expect(key).not.toBe('');
    expect(out.slice(1)).toEqual([
      '',
      'The bearer of this API key will be granted all access privileges assigned to the api-user ci.',
    ]);
    const bearer = await call('GET', '/api/v2/monitor/system/status', { Authorization: `Bearer ${key}` });
    expect(bearer.status).toBe(200);
    const query = await call(
      'PUT',
      `${TUNNEL}?access_token=${key}`,
      { 'Content-Type': 'application/json' },
      '{"alias":"via key"}',
    );
    expect(query.status, query.text).toBe(200);
    // The documented test token is the in-browser device's only.
    expect(
      (
        await call('GET', '/api/v2/monitor/system/status', {
          Authorization: 'Bearer fgsim0000000000000000000000000',
        })
      ).status,
    ).toBe(401);
    // The key is shown as its hash after, `ENC SH2…` as 6.0.4 keeps it, never in the clear.
    const read = await call('GET', '/api/v2/cmdb/system/api-user/ci', { Authorization: `Bearer ${key}` });
    expect(read.body.results[0]['api-key']).toMatch(/^ENC SH2[A-Za-z0-9+/]{59}=$/);
    expect(read.text).not.toContain(key);
  });

  it("refuses an API user's key from outside its trusted hosts with 401, as a wrong key", async () => {
    // A 6.0 unit answers a key from an untrusted address as it answers a wrong key, "401
    // Authorization Required" (its debug log says "Peer not trusted"; fortinetdev/terraform-provider-
    // fortios issue #47); the REST reference's 401 is "Request without successful login session".
    // The trusted hosts are `config trusthost` rows (6.0.4 REST API Reference, "Create API admin").
    const s = await login();
    const setup = [
      'config system api-user',
      'edit th',
      'set accprofile super_admin',
      'config trusthost',
      'edit 1',
      'set ipv4-trusthost 192.168.10.0 255.255.255.0',
      'next',
      'end',
      'next',
      'end',
    ];
    for (const line of setup) expect((await cli(s, line)).status, line).toBe(200);
    const out = (await cli(s, 'execute api-user generate-key th')).body.results.output as string;
    const key = /^New API key: ([A-Za-z0-9]{30})$/m.exec(out)?.[1] ?? '';
    expect(key).not.toBe('');
    const status = '/api/v2/monitor/system/status';
    // These requests come from 127.0.0.1, outside 192.168.10.0/24.
    expect((await call('GET', status, { Authorization: `Bearer ${key}` })).status).toBe(401);
    expect((await call('GET', `${status}?access_token=${key}`)).status).toBe(401);
    const write = await call(
      'PUT',
      `${TUNNEL}?access_token=${key}`,
      { 'Content-Type': 'application/json' },
      '{"alias":"untrusted"}',
    );
    expect(write.status).toBe(401);
    // A trusted host row for the loopback opens it.
    const open = [
      'config system api-user',
      'edit th',
      'config trusthost',
      'edit 2',
      'set ipv4-trusthost 127.0.0.1/32',
    ];
    for (const line of [...open, 'next', 'end', 'next', 'end'])
      expect((await cli(s, line)).status, line).toBe(200);
    expect((await call('GET', status, { Authorization: `Bearer ${key}` })).status).toBe(200);
  });

  it("drops a key's request from an address no admin trusts, whatever the API user's trusted hosts say", async () => {
    // Fortinet Technical Tip "System admin's trusthost setting takes precedence over system API user's
    // trusthost" (community.fortinet.com, article 197117): with `set trusthost1 192.168.217.2
    // 255.255.255.255` on the only admin and the API user trusting 192.168.217.1, the client's SYN is
    // dropped ("iprope_in_check() check failed on policy 0, drop"), as the admins' trusted hosts are
    // the kernel's local-in policy; the address must be in both lists. An admin with no trusted host
    // opens every address (Fortinet community, "Trusted hosts question").
    const s = await login();
    const setup = [
      'config system api-user',
      'edit tip',
      'set accprofile super_admin',
      'config trusthost',
      'edit 1',
      'set ipv4-trusthost 127.0.0.1/32',
      'next',
      'end',
      'next',
      'end',
    ];
    for (const line of setup) expect((await cli(s, line)).status, line).toBe(200);
    const out = (await cli(s, 'execute api-user generate-key tip')).body.results.output as string;
    const key = /^New API key: ([A-Za-z0-9]{30})$/m.exec(out)?.[1] ?? '';
    const status = '/api/v2/monitor/system/status';
    const withKey = { Authorization: `Bearer ${key}` };
    expect((await call('GET', status, withKey)).status).toBe(200);
    const device = () => served.host.device;
    try {
      // The only admin trusts 192.168.217.2 alone: this loopback client is none of its hosts.
      device().transact((tx) =>
        tx.update('system admin', 'admin', { trusthost1: '192.168.217.2 255.255.255.255' }),
      );
      await expect(call('GET', status, withKey)).rejects.toThrow();
      await expect(call('GET', '/login')).rejects.toThrow();
      // A second admin with no trusted host opens every address again, the key with it.
      device().transact((tx) => tx.create('system admin', { name: 'open', accprofile: 'super_admin' }));
      expect((await call('GET', status, withKey)).status).toBe(200);
      // The admin trusting the loopback opens it too; the API user's own list still applies.
      device().transact((tx) => {
        tx.remove('system admin', 'open');
        tx.update('system admin', 'admin', { trusthost2: '127.0.0.0 255.0.0.0' });
      });
      expect((await call('GET', status, withKey)).status).toBe(200);
    } finally {
      device().transact((tx) => {
        if (tx.find('system admin', 'open')) tx.remove('system admin', 'open');
        tx.update('system admin', 'admin', { trusthost1: '0.0.0.0 0.0.0.0', trusthost2: '0.0.0.0 0.0.0.0' });
      });
    }
    expect((await call('GET', status, withKey)).status).toBe(200);
  });

  it('locks an address out after three wrong passwords, for admin-lockout-duration', async () => {
    expect((await login('admin', 'x')).reply.text).toBe('0');
    expect((await login('admin', 'y')).reply.text).toBe('0');
    const third = await login('admin', 'z');
    expect(third.reply.text).toBe('2');
    expect(third.reply.cookies).toEqual([]);
    // The right password is refused too while locked out.
    expect((await login()).reply.text).toBe('2');
    clock.advance(59_000);
    expect((await login()).reply.text).toBe('2');
    clock.advance(1_001);
    expect((await login()).reply.text.startsWith('1')).toBe(true);
  });

  it('expires a session idle for longer than admintimeout (5 minutes)', async () => {
    const s = await login();
    clock.advance(4 * 60_000);
    expect((await call('GET', '/api/v2/monitor/system/status', { Cookie: s.cookie })).status).toBe(200);
    clock.advance(5 * 60_000 + 1);
    expect((await call('GET', '/api/v2/monitor/system/status', { Cookie: s.cookie })).status).toBe(401);
  });

  it('logs out with POST /logout, not with a GET; refused 401 after', async () => {
    const s = await login();
    expect((await call('GET', '/logout', { Cookie: s.cookie })).status).toBe(405);
    expect((await call('GET', '/api/v2/monitor/system/status', { Cookie: s.cookie })).status).toBe(200);
    const out = await call('POST', '/logout', { Cookie: s.cookie });
    expect(out.status).toBe(200);
    expect((await call('GET', '/api/v2/monitor/system/status', { Cookie: s.cookie })).status).toBe(401);
  });

  it('answers 404 and 405 as the device does, for a logged-in caller', async () => {
    const s = await login();
    expect((await call('GET', '/api/v2/no/such/path', { Cookie: s.cookie })).status).toBe(404);
    expect(
      (await call('POST', '/api/v2/monitor/system/status', { Cookie: s.cookie, 'X-CSRFTOKEN': s.csrf }, '{}'))
        .status,
    ).toBe(405);
    expect((await call('GET', '/logincheck')).status).toBe(405);
  });

  it('a configuration restore reboots the served unit: the boot time moves, every login session ends', async () => {
    const s = await login();
    const other = await login();
    const headers = { Cookie: s.cookie, 'X-CSRFTOKEN': s.csrf };
    const state = async () => (await call('GET', '/api/v2/monitor/web-ui/state', { Cookie: s.cookie })).body;
    const before = await state();
    const file = (await call('GET', '/api/v2/monitor/system/config/backup?scope=global', headers)).text;
    clock.advance(30_000);
    const restored = await call(
      'POST',
      '/api/v2/monitor/system/config/restore',
      { ...headers, 'Content-Type': 'text/plain' },
      file,
    );
    expect(restored.status, restored.text).toBe(200);
    for (const session of [s, other])
      expect((await call('GET', '/api/v2/monitor/system/status', { Cookie: session.cookie })).status).toBe(
        401,
      );
    const fresh = await login();
    const after = (await call('GET', '/api/v2/monitor/web-ui/state', { Cookie: fresh.cookie })).body;
    expect(after.results.utc_last_reboot).toBe(clock.now());
    expect(after.results.utc_last_reboot).toBeGreaterThan(before.results.utc_last_reboot);
  });
});

/** `GET /fgsim/events` as EventSource asks for it, read one `data:` line at a time. */
async function openEvents(headers: Record<string, string>) {
  const abort = new AbortController();
  const r = await fetch(`${base}/fgsim/events`, { headers, signal: abort.signal });
  const reader = (r.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  return {
    status: r.status,
    /** The next `data:` value, or null when the server ended the stream. */
    async next(): Promise<string | null> {
      for (;;) {
        const m = /data: ([^\n]*)\n\n/.exec(buffered);
        if (m) {
          buffered = buffered.slice(m.index + m[0].length);
          return m[1] as string;
        }
        const { value, done } = await reader.read();
        if (done) return null;
        buffered += decoder.decode(value, { stream: true });
      }
    },
    close: () => abort.abort(),
  };
}

describe('revision events (/fgsim/events)', () => {
  it('answers the REST door’s 401 without a login, with no revision in it', async () => {
    const r = await call('GET', '/fgsim/events');
    expect(r.status).toBe(401);
    expect(r.type).toMatch(/application\/json/);
    expect(r.body).toMatchObject({ status: 'error', http_status: 401 });
    expect(r.text).not.toContain('data:');
    // A key that is no API user's is no login either.
    const wrong = await call('GET', '/fgsim/events', {
      Authorization: 'Bearer fgsim0000000000000000000000000',
    });
    expect(wrong.status).toBe(401);
  });

  it('streams revisions to a session and to an API key; a session that logged out is cut off', async () => {
    const s = await login();
    for (const line of ['config system api-user', 'edit events', 'set accprofile super_admin', 'next', 'end'])
      expect((await cli(s, line)).status).toBe(200);
    const out = (await cli(s, 'execute api-user generate-key events')).body.results.output as string;
    const key = /^New API key: (\S+)$/m.exec(out)?.[1] ?? '';
    expect(key).not.toBe('');
    const bySession = await openEvents({ Cookie: s.cookie });
    const byKey = await openEvents({ Authorization: `Bearer ${key}` });
    try {
      expect(bySession.status).toBe(200);
      expect(byKey.status).toBe(200);
      const now = served.host.device.revision;
      expect(await bySession.next()).toBe(now);
      expect(await byKey.next()).toBe(now);
      expect((await call('POST', '/logout', { Cookie: s.cookie })).status).toBe(200);
      const put = await call(
        'PUT',
        TUNNEL,
        { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
        '{"alias":"events"}',
      );
      expect(put.status, put.text).toBe(200);
      expect(await byKey.next()).toBe(served.host.device.revision);
      // The logged-out session is told nothing more: its stream ends.
      expect(await bySession.next()).toBeNull();
    } finally {
      bySession.close();
      byKey.close();
    }
  });
});
