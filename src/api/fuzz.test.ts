/**
 * A seeded random walk over the REST door: thousands of requests with random methods, paths, keys,
 * query options, credentials and bodies (mostly schema-shaped, many of them wrong). Whatever comes in,
 * no handler throws, every answer is a well-formed 6.0 envelope, a refusal changes nothing, and the
 * device stays schema- and reference-valid (DESIGN.md rules 1 and 8).
 *
 * What a hostile probe found (issue 14) is in the walk too: JSON nested thousands deep, values with
 * CR/LF and text outside Latin-1 followed by Backup, Backup → Restore round trips of whatever the walk
 * has stored, lists past the item limit, rows and endpoints named after Object.prototype's members
 * followed by monitor reads that must show them whole, and `/logincheck`/`/logout` with any body.
 * Every answer must come within a second.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_LIST_ITEMS,
  endpointActions,
  restPathOf,
  stateProblems,
  tables,
  type FieldDef,
  type TableSchema,
} from '../device';
import { FixedClock } from '../device/clock';
import { seededRandom } from '../device/rng';
import { TYPED_TEXT_PIECES, cpuMs } from '../test/fuzz';
import { server, useDevice, type Answer, type NodeDevice, type RestClient, type SendOptions } from './node';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const REQUESTS = 12_000;
const SEED = 0x60e;

/** Keys that are the names of Object.prototype's members (issue 14, item 9). */
const PROTO_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

const nested = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

class Gen {
  private readonly random: () => number;
  private serial = 0;
  constructor(seed: number) {
    this.random = seededRandom(seed);
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }
  /** A name that is new on every call (sequential, as the house rules want). */
  fresh(prefix: string): string {
    return `${prefix}${++this.serial}`;
  }
  /** Text a user may type into a Comments box: new lines, quotes, backslashes, `#`, other scripts. */
  text(maxLength: number): string {
    let out = this.fresh('t');
    for (let i = this.int(1, 5); i > 0; i--) out += this.pick(TYPED_TEXT_PIECES);
    return out.slice(0, maxLength);
  }
  junk(): unknown {
    return this.pick<unknown>([
      null,
      true,
      -1,
      1.5,
      4294967296,
      '',
      ' ',
      'x'.repeat(300),
      '300.1.1.1',
      '1.2.3.4/33',
      'enable disable',
      '%00',
      'ENC AAAA',
      '<script>',
      '\uD800',
      'a\uDC00b',
      'x\ny',
      ...PROTO_NAMES,
      [],
      [null],
      [{ name: 42 }],
      {},
      { name: 'x' },
      { nested: { deeper: [1, 2] } },
    ]);
  }
}

/** Values for one field: usually valid for its type, sometimes not. */
function valueFor(g: Gen, fgt: NodeDevice, f: FieldDef): unknown {
  if (g.chance(0.2)) return g.junk();
  const t = f.type;
  switch (t.kind) {
    case 'option':
      return g.pick(t.options);
    case 'multi-option':
      return Array.from({ length: g.int(0, 3) }, () => g.pick(t.options)).join(' ');
    case 'string':
    case 'password':
      if (g.chance(0.4)) return g.text(t.maxLength);
      return g.chance(0.9) ? g.fresh('v').slice(0, t.maxLength) : 'y'.repeat(t.maxLength + 1);
    case 'name':
      if (g.chance(0.1)) return g.text(t.maxLength);
      if (g.chance(0.05)) return g.pick(PROTO_NAMES);
      return g.chance(0.9) ? g.fresh('v').slice(0, t.maxLength) : 'y'.repeat(t.maxLength + 1);
    case 'integer':
      return g.chance(0.9) ? g.int(t.min, Math.min(t.max, t.min + 5000)) : t.max + 1;
    case 'ipv4':
      return `10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`;
    case 'uuid':
      return g.chance(0.9) ? `${g.int(10000000, 99999999)}-0000-51e8-8000-000000000001` : 'not-a-uuid';
    case 'mac':
      return g.chance(0.9) ? `00:09:0F:${g.int(16, 255).toString(16)}:00:01` : '00:09:0f:00:01';
    case 'ipv4-mask':
      return g.chance(0.5) ? `192.168.${g.int(0, 255)}.1/${g.int(8, 32)}` : '10.0.0.1 255.255.0.0';
    case 'ipv6':
      return g.chance(0.9) ? `2001:DB8::${g.int(1, 65535).toString(16)}` : '2001:db8::1::2';
    case 'ipv6-prefix':
      return g.chance(0.9) ? `fdff:ffff:${g.int(0, 65535).toString(16)}::/${g.int(0, 128)}` : '::/129';
    case 'reference':
      return g.chance(0.8) ? existingKey(g, fgt, t.table) : 'no-such-object';
    case 'reference-list':
      if (g.chance(0.05))
        return Array.from({ length: MAX_LIST_ITEMS + g.int(0, 1) }, () => ({
          name: existingKey(g, fgt, t.table),
        }));
      return Array.from({ length: g.int(0, 2) }, () => ({ name: existingKey(g, fgt, t.table) }));
    case 'name-list':
      if (g.chance(0.05))
        return Array.from({ length: MAX_LIST_ITEMS + g.int(0, 1) }, (_, i) => ({ name: `m${i % 700}` }));
      return Array.from({ length: g.int(0, 3) }, () => ({
        name: g.chance(0.2) ? g.text(t.maxLength) : g.fresh('m'),
      }));
    case 'sub-object':
      return bodyFor(g, fgt, t.fields);
    case 'sub-table':
      return Array.from({ length: g.int(0, 2) }, () => bodyFor(g, fgt, t.fields));
  }
}

function existingKey(g: Gen, fgt: NodeDevice, table: string): string {
  const schema = tables.find((t) => t.path === table);
  if (!schema || schema.kind !== 'table') return 'none';
  const rows = fgt.device.rows(table);
  if (rows.length === 0) return 'none';
  return String(g.pick(rows)[schema.mkey ?? 'name']);
}

function bodyFor(g: Gen, fgt: NodeDevice, fields: readonly FieldDef[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (let i = g.int(1, 4); i > 0; i--) {
    const f = g.pick(fields);
    body[f.name] = valueFor(g, fgt, f);
  }
  if (g.chance(0.05)) body[g.fresh('unknown-')] = 1;
  return body;
}

/** What a write sends: a schema-shaped object most of the time, otherwise anything at all. */
function payload(g: Gen, fgt: NodeDevice, schema: TableSchema | undefined, method: string): SendOptions {
  const json = { 'Content-Type': 'application/json' };
  const roll = g.int(0, 99);
  if (roll < 2) return { raw: nested(g.pick([17, 100, 5000, 20_000])), headers: json };
  if (roll < 3) return { raw: `${'['.repeat(g.int(1, 10_000))}`, headers: json };
  if (roll < 5) return { raw: '{"name": ', headers: json };
  if (roll < 8) return { raw: '', headers: json };
  if (roll < 12) return { body: g.junk() };
  if (!schema) return { body: { uid: g.fresh('u') } };
  const body = bodyFor(g, fgt, schema.fields);
  if (method === 'POST' && schema.kind === 'table') {
    const mkey = schema.mkey ?? 'name';
    body[mkey] = g.chance(0.05)
      ? g.pick(PROTO_NAMES)
      : g.chance(0.85)
        ? g.fresh('n').slice(0, 15)
        : existingKey(g, fgt, schema.path);
    if (schema.path === 'system interface')
      Object.assign(body, { type: 'vlan', interface: 'dmz', vlanid: g.int(1, 4094) });
  }
  return { body };
}

/**
 * The tables the walk writes to. `system admin` is left out: a changed password or a deleted admin
 * ends the walk's own GUI session, after which it could reach no 403 (src/api/login.ts's rules have
 * their own tests in handlers/auth.test.ts).
 */
const walked = tables.filter((t) => t.path !== 'system admin');

function cmdbRequest(g: Gen, fgt: NodeDevice): { method: string; path: string; opts: SendOptions } {
  const method = g.pick(['GET', 'GET', 'POST', 'PUT', 'PUT', 'DELETE', 'PATCH']);
  const roll = g.int(0, 99);
  if (roll < 8) {
    const junkPaths = [
      '/api/v2/cmdb/',
      '/api/v2/cmdb/system',
      '/api/v2/cmdb/x/y/z/w',
      '/api/v2/',
      '/api/v2/cmdb/%E0%A4%A/x',
    ];
    return { method, path: g.pick(junkPaths), opts: payload(g, fgt, undefined, method) };
  }
  const schema = g.pick(walked);
  let path = `/api/v2/cmdb/${restPathOf(schema)}`;
  if (schema.kind === 'table' && (method !== 'POST' || g.chance(0.1)) && g.chance(0.8)) {
    const key = g.chance(0.8)
      ? existingKey(g, fgt, schema.path)
      : g.pick(['nope', '..', '%2F', '%', 'ssl.root']);
    path += `/${key.includes('%') ? key : encodeURIComponent(key)}`;
  }
  const query: Record<string, string | string[]> = {};
  if (g.chance(0.15))
    query.filter = `${g.pick(schema.fields).name}${g.pick(['==', '!=', '=@', '<', '>='])}${g.int(0, 9)}`;
  if (g.chance(0.05)) query.filter = g.pick(['broken', 'x==1,y', '==']);
  if (g.chance(0.1)) query.format = `${g.pick(schema.fields).name}|${g.pick(schema.fields).name}`;
  if (g.chance(0.1)) query.start = String(g.pick([0, 1, 5, -1, 'a']));
  if (g.chance(0.1)) query.count = String(g.pick([0, 2, 1000, 'many']));
  if (g.chance(0.08)) query.action = g.pick(['schema', 'default', 'nonsense']);
  if (g.chance(0.05)) query.vdom = g.pick(['root', 'other']);
  if (g.chance(0.05)) query.with_meta = '1';
  const opts: SendOptions = ['POST', 'PUT', 'PATCH'].includes(method) ? payload(g, fgt, schema, method) : {};
  return { method, path, opts: { ...opts, query } };
}

function monitorRequest(g: Gen, fgt: NodeDevice): { method: string; path: string; opts: SendOptions } {
  const method = g.pick(['GET', 'POST', 'POST', 'DELETE']);
  const path = `/api/v2/monitor/${g.pick([
    'system/status',
    'system/interface',
    'system/status/select',
    'endpoint-control/registration/summary',
    'endpoint-control/record-list',
    ...endpointActions.map((a) => `endpoint-control/registration/${a}`),
    'system/unknown',
  ])}`;
  const uid = () =>
    g.chance(0.8) ? existingKey(g, fgt, 'endpoint-control registered-forticlient') : 'NO-SUCH';
  const body = g.pick<unknown>([
    { uid: uid() },
    { uid: [uid(), uid()] },
    { mac: '00:0c:29:4c:1d:00' },
    {},
    g.junk(),
  ]);
  return { method, path, opts: method === 'POST' ? { body, query: { intf_name: 'internal' } } : {} };
}

// -145: a private key the device cannot read (vpn certificate local, docs/fortios-6.0.md §4.8.1).
const ERRORS = new Set([-651, -5, -3, -23, -145]);

function checkEnvelope(answer: Answer, method: string, monitor: boolean): void {
  const env = answer.body;
  expect(env, answer.text).toBeTypeOf('object');
  expect(env.http_method).toBe(method);
  // A 6.0 monitor answer has no revision, and no http_status when it succeeds (docs/fortios-6.0.md §5).
  if (monitor && answer.status === 200) expect(env).not.toHaveProperty('http_status');
  else expect(env.http_status).toBe(answer.status);
  expect([200, 401, 403, 404, 405, 500]).toContain(answer.status);
  expect(env.status).toBe(answer.status === 200 ? 'success' : 'error');
  if (monitor) expect(env).not.toHaveProperty('revision');
  else expect(env.revision).toMatch(/^\d+\.0\.0\.\d{1,20}\.\d{10}$/);
  expect(env).toMatchObject({ vdom: 'root', serial: 'FGT60E4Q17000000', version: 'v6.0.4', build: 231 });
  if (answer.status === 500) expect(ERRORS.has(env.error), answer.text).toBe(true);
  else expect(env).not.toHaveProperty('error');
}

/** `/logincheck` and `/logout` with bodies of every kind: a login answers 1 or 0, never a stack. */
function authRequest(g: Gen): { method: string; path: string; opts: SendOptions } {
  const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
  const multipart = { 'Content-Type': `multipart/form-data; boundary=${g.pick(['b', '', 'x y'])}` };
  const opts = g.pick<SendOptions>([
    { raw: new URLSearchParams({ username: 'admin', secretkey: '', ajax: '1' }).toString(), headers: form },
    { raw: new URLSearchParams({ username: g.text(40), secretkey: g.text(40) }).toString(), headers: form },
    { raw: '--b\r\nContent-Disposition: form-data; name="username"\r\n\r\nadmin', headers: multipart },
    { raw: '--b\r\n\r\n--b--', headers: multipart },
    { raw: nested(5000), headers: { 'Content-Type': 'application/json' } },
    { raw: '%ZZ&&==\u0000', headers: form },
    {},
  ]);
  return { method: g.pick(['POST', 'POST', 'GET']), path: g.pick(['/logincheck', '/logout']), opts };
}

const ERRORS_OR_NONE = (answer: Answer): boolean => !/\bat\s|Error:|TypeError|stack/.test(answer.text);

/** Monitor reads show every row whole, whatever it is named (issue 14, item 9). */
async function checkMonitor(fgt: NodeDevice): Promise<void> {
  const records = (await fgt.api.get('/api/v2/monitor/endpoint-control/record-list')).body.results;
  const rows = fgt.device.rows('endpoint-control registered-forticlient');
  expect(records.map((r: { uid: string }) => r.uid)).toEqual(rows.map((r) => r.uid));
  for (const r of records) expect(Object.keys(r)).toHaveLength(12);
  const summary = (await fgt.api.get('/api/v2/monitor/endpoint-control/registration/summary')).body.results;
  expect(summary.total).toBe(rows.length);
  expect(summary.online + summary.offline).toBe(rows.length);
  expect(summary.compliant + summary.non_compliant + summary.exempt + summary.quarantined).toBe(rows.length);
  const interfaces = (await fgt.api.get('/api/v2/monitor/system/interface')).body.results;
  expect(Object.keys(interfaces).sort()).toEqual(
    fgt.device
      .rows('system interface')
      .map((r) => String(r.name))
      .sort(),
  );
}

/**
 * Backup answers the file with a header-safe name; restoring it onto the device changes nothing in it
 * (the device reboots, as after every restore).
 */
async function checkBackup(fgt: NodeDevice, roundTrip: boolean): Promise<void> {
  const backup = await fgt.api.get('/api/v2/monitor/system/config/backup', { scope: 'global' });
  expect(backup.status, backup.text.slice(0, 300)).toBe(200);
  expect(backup.headers.get('Content-Disposition')).toMatch(/^attachment; filename="[A-Za-z0-9._-]+"/);
  if (!roundTrip) return;
  const restored = await fgt.api.send('POST', '/api/v2/monitor/system/config/restore', {
    raw: backup.text,
    headers: { 'Content-Type': 'text/plain' },
  });
  expect(restored.status, restored.text.slice(0, 300)).toBe(200);
  const again = await fgt.api.get('/api/v2/monitor/system/config/backup', { scope: 'global' });
  expect(again.text).toBe(backup.text);
}

/**
 * The walk's GUI session again after a reboot. The walk's own bad logins (`authRequest`) lock its
 * address out on the fixed clock, which never moves by itself: the lockout is waited out as a real
 * admin would wait (`admin-lockout-duration`), so the rest of the walk keeps a live session whatever
 * path the seed takes (a schema with more keys changes the path).
 */
async function loginAgain(fgt: NodeDevice): Promise<RestClient> {
  let gui = await fgt.login();
  if ((await gui.get('/api/v2/cmdb/system/global')).status === 401) {
    const clock = fgt.device.clock;
    if (!(clock instanceof FixedClock)) throw new Error('the walk runs on the fixed clock');
    clock.advance(Number(fgt.device.single('system global')['admin-lockout-duration']) * 1000 + 1000);
    gui = await fgt.login();
  }
  return gui;
}

describe('random requests', () => {
  it(`${REQUESTS.toLocaleString('en')} seeded requests, each under a second: well-formed answers, refusals change nothing, state stays valid`, async () => {
    const g = new Gen(SEED);
    const fgt = useDevice('telemetry-on');
    let gui = await fgt.login();
    const seen = new Map<number, number>();
    let writes = 0;
    let slowest = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const roll = g.int(0, 99);
      const special =
        roll < 3 ? 'auth' : roll < 5 ? 'backup' : roll < 6 ? 'round-trip' : roll < 8 ? 'monitor' : null;
      if (special === 'backup' || special === 'round-trip' || special === 'monitor') {
        const started = cpuMs();
        try {
          if (special === 'monitor') await checkMonitor(fgt);
          else await checkBackup(fgt, special === 'round-trip');
          expect(stateProblems(fgt.device.state).join('\n')).toBe('');
          // A restore reboots the unit, which ends every login session: the walk logs in again.
          if (special === 'round-trip') gui = await loginAgain(fgt);
        } catch (e) {
          throw new Error(`#${i} ${special}\n${(e as Error).message}`);
        }
        slowest = Math.max(slowest, cpuMs() - started);
        continue;
      }
      const { method, path, opts } =
        special === 'auth' ? authRequest(g) : g.chance(0.8) ? cmdbRequest(g, fgt) : monitorRequest(g, fgt);
      const who: RestClient =
        special === 'auth'
          ? fgt.anonymous()
          : g.pick([
              fgt.api,
              fgt.api,
              fgt.api,
              fgt.api,
              fgt.api,
              gui,
              gui.with({ 'X-CSRFTOKEN': '' }),
              fgt.anonymous(),
            ]);
      const state = fgt.device.state;
      const before = i % 10 === 0 ? JSON.stringify(state) : '';
      const started = cpuMs();
      const answer = await who.send(method, path, opts);
      const took = cpuMs() - started;
      slowest = Math.max(slowest, took);
      const context = `#${i} ${method} ${path} ${JSON.stringify(opts).slice(0, 300)} → ${answer.text.slice(0, 300)}`;
      try {
        expect(took).toBeLessThan(1000);
        if (special === 'auth') {
          expect([200, 405]).toContain(answer.status);
          expect(ERRORS_OR_NONE(answer), answer.text).toBe(true);
          if (answer.status === 200 && path === '/logincheck') expect(answer.text).toMatch(/^[012]/);
          continue;
        }
        checkEnvelope(answer, method, path.includes('/api/v2/monitor/'));
        if (answer.status !== 200) {
          expect(fgt.device.state === state).toBe(true);
          if (before) expect(JSON.stringify(fgt.device.state) === before).toBe(true);
        } else if (method !== 'GET') {
          writes++;
          expect(stateProblems(fgt.device.state).join('\n')).toBe('');
        }
      } catch (e) {
        throw new Error(`${context}\n${(e as Error).message}`);
      }
      seen.set(answer.status, (seen.get(answer.status) ?? 0) + 1);
    }
    // The walk must reach every kind of answer, and change the device many times over.
    for (const status of [200, 401, 403, 404, 405, 500])
      expect(seen.get(status) ?? 0, `HTTP ${status}`).toBeGreaterThan(20);
    expect(writes).toBeGreaterThan(700);
    expect(slowest).toBeLessThan(1000);
  }, 240_000);
});
