/**
 * A seeded random walk over the REST door: thousands of requests with random methods, paths, keys,
 * query options, credentials and bodies (mostly schema-shaped, many of them wrong). Whatever comes in,
 * no handler throws, every answer is a well-formed 6.0 envelope, a refusal changes nothing, and the
 * device stays schema- and reference-valid (DESIGN.md rules 1 and 8).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  endpointActions,
  restPathOf,
  stateProblems,
  tables,
  type FieldDef,
  type TableSchema,
} from '../device';
import { seededRandom } from '../device/rng';
import { server, useDevice, type Answer, type NodeDevice, type RestClient, type SendOptions } from './node';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const REQUESTS = 5000;
const SEED = 0x60e;

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
    case 'name':
    case 'password':
      return g.chance(0.9) ? g.fresh('v').slice(0, t.maxLength) : 'y'.repeat(t.maxLength + 1);
    case 'integer':
      return g.chance(0.9) ? g.int(t.min, Math.min(t.max, t.min + 5000)) : t.max + 1;
    case 'ipv4':
      return `10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`;
    case 'ipv4-mask':
      return g.chance(0.5) ? `192.168.${g.int(0, 255)}.1/${g.int(8, 32)}` : '10.0.0.1 255.255.0.0';
    case 'reference':
      return g.chance(0.8) ? existingKey(g, fgt, t.table) : 'no-such-object';
    case 'reference-list':
      return Array.from({ length: g.int(0, 2) }, () => ({ name: existingKey(g, fgt, t.table) }));
    case 'name-list':
      return Array.from({ length: g.int(0, 3) }, () => ({ name: g.fresh('m') }));
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
  if (roll < 5) return { raw: '{"name": ', headers: json };
  if (roll < 8) return { raw: '', headers: json };
  if (roll < 12) return { body: g.junk() };
  if (!schema) return { body: { uid: g.fresh('u') } };
  const body = bodyFor(g, fgt, schema.fields);
  if (method === 'POST' && schema.kind === 'table') {
    const mkey = schema.mkey ?? 'name';
    body[mkey] = g.chance(0.85) ? g.fresh('n').slice(0, 15) : existingKey(g, fgt, schema.path);
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

const ERRORS = new Set([-651, -5, -3, -23]);

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
  else expect(env.revision).toMatch(/^[0-9a-f]{32}$/);
  expect(env).toMatchObject({ vdom: 'root', serial: 'FGT60E4Q17000000', version: 'v6.0.4', build: 231 });
  if (answer.status === 500) expect(ERRORS.has(env.error), answer.text).toBe(true);
  else expect(env).not.toHaveProperty('error');
}

describe('random requests', () => {
  it(`${REQUESTS} seeded requests: no throw, well-formed envelopes, refusals change nothing, state stays valid`, async () => {
    const g = new Gen(SEED);
    const fgt = useDevice('telemetry-on');
    const gui = await fgt.login();
    const seen = new Map<number, number>();
    let writes = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const { method, path, opts } = g.chance(0.8) ? cmdbRequest(g, fgt) : monitorRequest(g, fgt);
      const who: RestClient = g.pick([
        fgt.api,
        fgt.api,
        fgt.api,
        fgt.api,
        fgt.api,
        gui,
        gui.with({ 'X-CSRFTOKEN': '' }),
        fgt.anonymous(),
      ]);
      const before = JSON.stringify(fgt.device.state);
      const answer = await who.send(method, path, opts);
      const context = `#${i} ${method} ${path} ${JSON.stringify(opts)} → ${answer.text.slice(0, 300)}`;
      try {
        checkEnvelope(answer, method, path.includes('/api/v2/monitor/'));
        if (answer.status !== 200) expect(JSON.stringify(fgt.device.state) === before).toBe(true);
        else if (method !== 'GET') {
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
    expect(writes).toBeGreaterThan(300);
  }, 120_000);
});
