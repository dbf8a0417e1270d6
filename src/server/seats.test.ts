/**
 * A class over real HTTP (`--seats 3`): each seat its own device, state file, sessions and lockout;
 * the trainer's endpoints on seat 0 — progress by the walkthrough's own checks, reset, download —
 * refused without the trainer device's login, and writes refused without its CSRF token.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../device';
import { START_SCENARIO, steps } from '../walkthrough/steps';
import { ROOT } from './child';
import { STATE_FILE, readState } from './state';
import { MAX_SEATS, seatDir, seatsProblem, startClass, type ServedClass } from './seats';
import type { ClassView } from './class-view';

let cls: ServedClass;
let dir: string;
const clock = new FixedClock(Date.UTC(2026, 0, 1));

const base = (k: number): string => (cls.seats[k]?.url ?? '').replace(/\/$/, '');

interface Reply {
  status: number;
  text: string;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- envelopes are read freely
}

async function call(
  k: number,
  method: string,
  url: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Reply> {
  const r = await fetch(base(k) + url, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await r.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: r.status, text, headers: r.headers, body: parsed };
}

interface Login {
  text: string;
  cookie: string;
  csrf: string;
}

async function login(k: number, password = ''): Promise<Login> {
  const r = await fetch(`${base(k)}/logincheck`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'admin', secretkey: password, ajax: '1' }).toString(),
  });
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { text: await r.text(), cookie, csrf: /ccsrftoken="([^"]*)"/.exec(cookie)?.[1] ?? '' };
}

const writeHeaders = (s: Login): Record<string, string> => ({
  Cookie: s.cookie,
  'X-CSRFTOKEN': s.csrf,
  'Content-Type': 'application/json',
});

const heartbeat = async (k: number, s: Login, name: string): Promise<unknown> =>
  (await call(k, 'GET', `/api/v2/cmdb/system/interface/${encodeURIComponent(name)}`, { Cookie: s.cookie }))
    .body.results[0].fortiheartbeat;

/** Step 2 of the procedure on seat k, over its REST door: FortiTelemetry off on the five interfaces. */
async function doStep2(k: number, s: Login): Promise<void> {
  for (const name of ['internal', 'dmz', 'HQ-to-Branch', 'FCT-Dialup', 'DC-Backup']) {
    const r = await call(
      k,
      'PUT',
      `/api/v2/cmdb/system/interface/${encodeURIComponent(name)}`,
      writeHeaders(s),
      JSON.stringify({ fortiheartbeat: 'disable' }),
    );
    expect(r.status, r.text).toBe(200);
  }
}

/** A console build for the seats to serve: its index.html, the page every console route gets. */
const CONSOLE_PAGE = '<!doctype html><html><body>the console</body></html>';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fgsim-seats-'));
  const dist = path.join(dir, 'dist');
  fs.mkdirSync(dist);
  fs.writeFileSync(path.join(dist, 'index.html'), CONSOLE_PAGE);
  cls = await startClass({
    seats: 3,
    port: 0,
    scenario: null,
    fallback: 'telemetry-on',
    stateDir: path.join(dir, 'state'),
    distDir: dist,
    clock,
  });
});
afterAll(async () => {
  await cls.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('seats', () => {
  it('bounds the seat count and the ports it needs', () => {
    expect(seatsProblem(0, 8080, null)).toMatch(/--seats must be 1\.\.50/);
    expect(seatsProblem(MAX_SEATS + 1, 8080, null)).toMatch(/--seats must be 1\.\.50/);
    expect(seatsProblem(2.5, 8080, null)).toMatch(/--seats/);
    expect(seatsProblem(20, 65530, null)).toMatch(/no room/);
    expect(seatsProblem(20, 8080, 65530)).toMatch(/no room/);
    expect(seatsProblem(20, 8080, 2222)).toBeNull();
  });

  it('refuses --seats past the bounds on the command line, with the usage, before serving anything', () => {
    for (const n of ['0', '51', 'many']) {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'src/server/cli.ts', 'serve', '--port', '0', '--seats', n],
        { cwd: ROOT, encoding: 'utf8', timeout: 20_000 },
      );
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toContain(`fgsim: --seats must be 1..50, not "${n}"`);
      expect(run.stderr).toContain('usage: fgsim serve');
      expect(run.stdout).not.toContain('serving');
    }
  }, 60_000);

  it('gives each seat its own port, device and state file: a change on seat 1 is not on seat 2', async () => {
    expect(new Set(cls.seats.map((s) => s.port)).size).toBe(3);
    const one = await login(1);
    const two = await login(2);
    const r = await call(
      1,
      'PUT',
      '/api/v2/cmdb/system/interface/dmz',
      writeHeaders(one),
      JSON.stringify({ fortiheartbeat: 'disable' }),
    );
    expect(r.status, r.text).toBe(200);
    expect(await heartbeat(1, one, 'dmz')).toBe('disable');
    expect(await heartbeat(2, two, 'dmz')).toBe('enable');
    expect(await heartbeat(0, await login(0), 'dmz')).toBe('enable');
    const onDisk = (k: number) => readState(seatDir(path.join(dir, 'state'), k), new FixedClock())?.device;
    expect(onDisk(1)?.find('system interface', 'dmz')?.fortiheartbeat).toBe('disable');
    expect(onDisk(2)?.find('system interface', 'dmz')?.fortiheartbeat).toBe('enable');
    // No lone device.json at the top: a class keeps its seats apart.
    expect(fs.existsSync(path.join(dir, 'state', STATE_FILE))).toBe(false);
  });

  it("keeps sessions per seat: seat 1's cookie opens nothing on seat 2, and each seat names its cookie apart", async () => {
    const one = await login(1);
    const zero = await login(0);
    expect(one.cookie).toMatch(/APSCOOKIE_(\d+)=/);
    const name = (s: Login) => /APSCOOKIE_(\d+)=/.exec(s.cookie)?.[1];
    expect(name(one)).not.toBe(name(zero));
    expect((await call(2, 'GET', '/api/v2/cmdb/system/interface', { Cookie: one.cookie })).status).toBe(401);
    // A browser sends both seats' cookies to either port: each seat finds its own session.
    const both = `${one.cookie}; ${zero.cookie.replace(/ccsrftoken="[^"]*"; /, '')}`;
    expect((await call(1, 'GET', '/api/v2/monitor/system/status', { Cookie: both })).status).toBe(200);
    expect((await call(0, 'GET', '/api/v2/monitor/system/status', { Cookie: both })).status).toBe(200);
  });

  it('keeps lockouts per seat: three wrong passwords lock seat 2 out, not seat 1', async () => {
    for (let i = 0; i < 3; i++) await login(2, 'wrong');
    expect((await login(2)).text).toBe('2');
    expect((await login(1)).text).toMatch(/^1/);
  });
});

describe("the trainer's endpoints", () => {
  const paths: Array<[string, string]> = [
    ['GET', '/fgsim/class/seats'],
    ['GET', '/fgsim/class/events'],
    ['POST', '/fgsim/class/seats/1/reset'],
    ['GET', '/fgsim/class/seats/1/config'],
  ];

  it('refuses every one without the trainer device’s login, and with a seat’s login', async () => {
    const trainee = await login(1);
    for (const [method, url] of paths) {
      const anonymous = await call(0, method, url, {}, method === 'POST' ? '{}' : undefined);
      expect(anonymous.status, `${method} ${url}`).toBe(401);
      expect(anonymous.body).toMatchObject({ status: 'error', http_status: 401 });
      const seat = await call(0, method, url, writeHeaders(trainee), method === 'POST' ? '{}' : undefined);
      expect(seat.status, `${method} ${url} with seat 1's login`).toBe(401);
    }
    // Only seat 0 serves them: on a trainee's port they are not there, nor is the trainer's page —
    // not the console's page in its place either (a trainee's port serves the console at its routes).
    expect((await call(1, 'GET', '/fgsim/class/seats', { Cookie: trainee.cookie })).status).toBe(404);
    expect((await call(1, 'GET', '/')).text).toContain('the console');
    for (const url of ['/fgsim/class', '/fgsim/class/', '/fgsim/class/events', '/fgsim/nothing']) {
      const there = await call(1, 'GET', url, { Cookie: trainee.cookie });
      expect(there.status, url).toBe(404);
      expect(there.text, url).not.toContain('the console');
    }
  });

  it('refuses every one with an API key of seat 0: only the trainer’s login opens them', async () => {
    const trainer = await login(0);
    const cli = (line: string) =>
      call(0, 'POST', '/api/v2/fgsim/cli', writeHeaders(trainer), JSON.stringify({ session: 'key', line }));
    for (const line of ['config system api-user', 'edit class', 'set accprofile super_admin', 'next', 'end'])
      expect((await cli(line)).status).toBe(200);
    const out = (await cli('execute api-user generate-key class')).body.results.output as string;
    const key = /^New API key: (\S+)$/m.exec(out)?.[1] ?? '';
    expect(key).not.toBe('');
    // The key is good on seat 0's REST door…
    expect(
      (await call(0, 'GET', '/api/v2/monitor/system/status', { Authorization: `Bearer ${key}` })).status,
    ).toBe(200);
    // …and opens none of the trainer's paths, as Bearer or as access_token.
    for (const [method, url] of paths) {
      const body = method === 'POST' ? '{}' : undefined;
      const bearer = await call(0, method, url, { Authorization: `Bearer ${key}` }, body);
      expect(bearer.status, `${method} ${url}`).toBe(401);
      expect(bearer.body).toMatchObject({ status: 'error', http_status: 401 });
      expect((await call(0, method, `${url}?access_token=${key}`, {}, body)).status, `${method} ${url}`).toBe(
        401,
      );
    }
    // The trainer's session still does.
    expect((await call(0, 'GET', '/fgsim/class/seats', { Cookie: trainer.cookie })).status).toBe(200);
  });

  it('refuses a reset without the CSRF token (403) and leaves the seat as it was', async () => {
    const one = await login(1);
    const trainer = await login(0);
    await call(
      1,
      'PUT',
      '/api/v2/cmdb/system/interface/internal',
      writeHeaders(one),
      JSON.stringify({ fortiheartbeat: 'disable' }),
    );
    const before = cls.seats[1]?.host.device.revision;
    const r = await call(0, 'POST', '/fgsim/class/seats/1/reset', { Cookie: trainer.cookie }, '{}');
    expect(r.status).toBe(403);
    const wrong = await call(
      0,
      'POST',
      '/fgsim/class/seats/1/reset',
      { ...writeHeaders(trainer), 'X-CSRFTOKEN': 'A'.repeat(32) },
      '{}',
    );
    expect(wrong.status).toBe(403);
    expect(cls.seats[1]?.host.device.revision).toBe(before);
    expect(await heartbeat(1, one, 'internal')).toBe('disable');
  });

  it("shows each seat's progress by the walkthrough's checks, within a second of the change", async () => {
    const trainer = await login(0);
    const one = await login(1);
    const events = await fetch(`${base(0)}/fgsim/class/events`, { headers: { Cookie: trainer.cookie } });
    expect(events.status).toBe(200);
    expect(events.headers.get('content-type')).toBe('text/event-stream');
    const reader = (events.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    /** The first view the stream sends in which `accept` holds. */
    const next = async (accept: (v: ClassView) => boolean, ms: number): Promise<ClassView> => {
      const deadline = Date.now() + ms;
      for (;;) {
        for (const m of buffer.matchAll(/^data: (.*)$/gm)) {
          const view = JSON.parse(m[1] as string) as ClassView;
          if (accept(view)) {
            buffer = '';
            return view;
          }
        }
        buffer = '';
        const left = deadline - Date.now();
        if (left <= 0) throw new Error('no such view in time');
        const chunk = await Promise.race([
          reader.read(),
          new Promise<null>((r) => setTimeout(() => r(null), left)),
        ]);
        if (chunk === null || chunk.done) throw new Error('no such view in time');
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    };
    const first = await next(() => true, 2000);
    expect(first.steps.map((s) => s.title)).toEqual(steps.map((s) => s.title));
    expect(first.seats.map((s) => s.seat)).toEqual([0, 1, 2]);
    expect(first.seats[1]?.done[1]).toBe(false);

    const t0 = Date.now();
    await doStep2(1, one);
    const ticked = await next((v) => v.seats[1]?.done[1] === true, 1000);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(ticked.seats[1]?.done).toEqual([false, true, false, false, false]);
    expect(ticked.seats[2]?.done[1]).toBe(false);
    expect(ticked.seats[1]?.port).toBe(cls.seats[1]?.port);
    await reader.cancel();

    const table = await call(0, 'GET', '/fgsim/class/seats', { Cookie: trainer.cookie });
    expect(table.status).toBe(200);
    // The page reads its CSRF token from the cookie seat 0 set under this name.
    expect(trainer.cookie).toContain(`${(table.body as ClassView).csrfCookie}="${trainer.csrf}"`);
    expect((table.body as ClassView).seats[1]?.done[1]).toBe(true);
  });

  it('resets a seat to a scenario with the trainer’s session and CSRF token, kept on disk', async () => {
    const trainer = await login(0);
    const one = await login(1);
    await doStep2(1, one);
    expect(await heartbeat(1, one, 'dmz')).toBe('disable');
    const bad = await call(
      0,
      'POST',
      '/fgsim/class/seats/1/reset',
      writeHeaders(trainer),
      JSON.stringify({ scenario: 'no-such' }),
    );
    expect(bad.status).toBe(400);
    expect(await heartbeat(1, one, 'dmz')).toBe('disable');
    expect((await call(0, 'POST', '/fgsim/class/seats/9/reset', writeHeaders(trainer), '{}')).status).toBe(
      404,
    );

    const r = await call(
      0,
      'POST',
      '/fgsim/class/seats/1/reset',
      writeHeaders(trainer),
      JSON.stringify({ scenario: START_SCENARIO }),
    );
    expect(r.status, r.text).toBe(200);
    expect(r.body.results).toEqual({ seat: 1, scenario: 'telemetry-on' });
    // Read back over seat 1's own REST door: FortiTelemetry is on again.
    expect(await heartbeat(1, one, 'dmz')).toBe('enable');
    const onDisk = readState(seatDir(path.join(dir, 'state'), 1), new FixedClock())?.device;
    expect(onDisk?.find('system interface', 'dmz')?.fortiheartbeat).toBe('enable');

    const factory = await call(
      0,
      'POST',
      '/fgsim/class/seats/2/reset',
      writeHeaders(trainer),
      JSON.stringify({ scenario: 'factory-default' }),
    );
    expect(factory.status, factory.text).toBe(200);
    expect(cls.seats[2]?.host.device.find('system interface', 'HQ-to-Branch')).toBeUndefined();
  });

  it("downloads a seat's configuration file: the text that seat's own Backup gives", async () => {
    const trainer = await login(0);
    const one = await login(1);
    await call(
      1,
      'PUT',
      '/api/v2/cmdb/system/global',
      writeHeaders(one),
      JSON.stringify({ hostname: 'Trainee-1' }),
    );
    const file = await call(0, 'GET', '/fgsim/class/seats/1/config', { Cookie: trainer.cookie });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(
      /^attachment; filename="seat-1_Trainee-1_\d{8}_\d{4}\.conf"$/,
    );
    const own = await call(1, 'GET', '/api/v2/monitor/system/config/backup?scope=global', {
      Cookie: one.cookie,
    });
    expect(own.status).toBe(200);
    expect(file.text).toBe(own.text);
    expect(file.text).toMatch(/^#config-version=FGT60E-6\.0\.4-FW-build0231/);
    expect(file.text).toContain('set hostname "Trainee-1"');
  });
});
