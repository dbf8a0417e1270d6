/**
 * The device across page loads and tabs (DESIGN.md rule 5, issue 14 items 1 and 2): export → import
 * and snapshot + change log give the same device; unreadable, outdated or schema-invalid stored data
 * falls back to the default scenario with a notice; `?scenario=` opens a scenario fresh; a write is
 * stored (in IndexedDB, here fake-indexeddb) before it is answered, racing writes from two tabs are
 * both kept with their own revisions, and a write the browser refuses to store is refused.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SCENARIO,
  FORMAT_VERSION,
  FixedClock,
  STORAGE_KEY,
  buildScenario,
  exportState,
  importState,
  applyChange,
  changeBetween,
  changesSince,
  CHANGE_LOG_SIZE,
  type DeviceState,
} from '../device';
import { API_TOKEN } from './credentials';
import { openDeviceStore, type DeviceStore } from './device-store';
import { createRoutes } from './handlers';
import { DeviceHost } from './host';
import { server, useDevice } from './node';
import {
  DeviceKeeper,
  MARK_KEY,
  STORE_FAILED,
  openDevice,
  queueLock,
  type Lock,
  type StorageArea,
} from './storage-writer';
import { answer } from './request-table';
import { takeScenario } from './scenario-param';
import { MemoryLoginSessions } from './login-sessions';
import { expectMonitorOk, expectOk } from '../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

class MemoryStorage implements StorageArea {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** Everything that makes the device what it is (the order of `touched` is bookkeeping, not state). */
function essence(state: DeviceState): string {
  const { touched, ...rest } = state;
  return JSON.stringify({ ...rest, touched: [...touched].sort() });
}

const defaultDevice = (): string => essence(buildScenario(DEFAULT_SCENARIO, new FixedClock()).state);

describe('export and import', () => {
  it('give back the same device after changes through every kind of request', async () => {
    const fgt = useDevice('telemetry-on');
    await expectOk(() =>
      fgt.api.put('/api/v2/cmdb/system/interface/internal', { fortiheartbeat: 'disable' }),
    );
    await expectOk(() =>
      fgt.api.post('/api/v2/cmdb/system/interface', {
        name: 'vlan20',
        type: 'vlan',
        interface: 'dmz',
        vlanid: 20,
      }),
    );
    await expectOk(() => fgt.api.delete('/api/v2/cmdb/vpn.ipsec/phase1-interface/DC-Backup'));
    await expectOk(() => fgt.api.put('/api/v2/cmdb/vpn.ssl/settings', { 'idle-timeout': 900 }));
    const [first] = (await expectMonitorOk(() => fgt.api.get('/api/v2/monitor/endpoint-control/record-list')))
      .results;
    await expectMonitorOk(() =>
      fgt.api.post('/api/v2/monitor/endpoint-control/registration/quarantine', { uid: first.uid }),
    );
    const loaded = importState(exportState(fgt.device), new FixedClock());
    expect(loaded.notice).toBeNull();
    expect(essence(loaded.device.state)).toBe(essence(fgt.device.state));
    expect(loaded.device.revision).toBe(fgt.device.revision);
    expect(loaded.device.find('system interface', 'internal')?.fortiheartbeat).toBe('disable');
  });

  it('keep a change to the large device', () => {
    const device = buildScenario('large', new FixedClock());
    device.transact((tx) =>
      tx.update('system interface', 'port7', { fortiheartbeat: 'enable', alias: 'uplink' }),
    );
    const loaded = importState(exportState(device), new FixedClock());
    expect(loaded.notice).toBeNull();
    expect(loaded.device.find('system interface', 'port7')).toMatchObject({
      fortiheartbeat: 'enable',
      alias: 'uplink',
    });
    expect(loaded.device.rows('system interface')).toHaveLength(5441);
  }, 30_000); // builds `large` (twice): seconds on a loaded machine
});

describe('stored data that cannot be used falls back to the default scenario, with a notice', () => {
  const valid = JSON.parse(exportState(buildScenario('telemetry-on', new FixedClock()))) as Record<
    string,
    unknown
  >;
  const cases: Array<[string, string]> = [
    ['corrupt JSON', '{"format": 1, "scen'],
    ['not an object', '42'],
    ['an old format', JSON.stringify({ ...valid, format: FORMAT_VERSION - 1 })],
    ['an unknown scenario', JSON.stringify({ ...valid, scenario: 'nope' })],
    ['an unknown table', JSON.stringify({ ...valid, tables: { 'system nonsense': [] } })],
    [
      'a value the schema refuses',
      JSON.stringify({
        ...valid,
        tables: { 'system interface': [{ name: 'internal', type: 'hard-switch', fortiheartbeat: 'maybe' }] },
      }),
    ],
    [
      'a reference to a missing object',
      JSON.stringify({
        ...valid,
        tables: { 'vpn ipsec phase1-interface': [{ name: 'T1', interface: 'no-such-port' }] },
      }),
    ],
  ];

  it.each(cases)('%s', (_what, text) => {
    const loaded = importState(text, new FixedClock());
    expect(loaded.notice).toMatch(/could not be loaded/);
    expect(loaded.notice).toContain(DEFAULT_SCENARIO);
    expect(essence(loaded.device.state)).toBe(defaultDevice());
  });

  it('nothing stored is no error: the default scenario, no notice', () => {
    const loaded = importState(null, new FixedClock());
    expect(loaded.notice).toBeNull();
    expect(essence(loaded.device.state)).toBe(defaultDevice());
  });
});

let databases = 0;
/** A fresh IndexedDB database (fake-indexeddb) standing for one browser's storage. */
const browserStorage = () => ({ factory: new IDBFactory(), name: `fgsim-test-${++databases}` });
type Browser = ReturnType<typeof browserStorage>;
const storeOf = (b: Browser): Promise<DeviceStore> => openDeviceStore(b.factory, b.name, IDBKeyRange);

describe('snapshot and change log', () => {
  it('a change replayed over the state before it gives the state after it, for every kind of change', () => {
    const device = buildScenario('telemetry-on', new FixedClock());
    const steps: Array<() => void> = [
      () => device.transact((tx) => tx.update('system interface', 'internal', { fortiheartbeat: 'disable' })),
      () =>
        device.transact((tx) =>
          tx.create('system interface', { name: 'vlan20', type: 'vlan', interface: 'dmz', vlanid: 20 }),
        ),
      () => device.transact((tx) => tx.remove('vpn ipsec phase1-interface', 'DC-Backup')),
      () => device.transact((tx) => tx.update('vpn ssl settings', null, { 'idle-timeout': 900 })),
      () =>
        device.transact((tx) => {
          const [uid] = tx.endpointUids();
          tx.setEndpoint(uid ?? '', undefined);
        }),
    ];
    for (const step of steps) {
      const before = device.state;
      step();
      const change = changeBetween(before, device.state);
      expect(change).not.toBeNull();
      const replayed = applyChange(before, JSON.parse(JSON.stringify(change)));
      expect(essence(replayed)).toBe(essence(device.state));
    }
  });

  it('one interface change on `large` stores the size of the change, not of the device', () => {
    const device = buildScenario('large', new FixedClock());
    const before = device.state;
    device.transact((tx) => tx.update('system interface', 'port7', { alias: 'uplink' }));
    const size = JSON.stringify(changeBetween(before, device.state)).length;
    // The whole touched table would be ~0.56 M characters (issue 14, item 2).
    expect(size).toBeLessThan(1_000);
  }, 30_000); // builds `large`: seconds on a loaded machine

  it('a scenario switch is no change between states: it needs a whole snapshot', () => {
    const a = buildScenario('telemetry-on', new FixedClock()).state;
    const b = buildScenario('factory-default', new FixedClock()).state;
    expect(changeBetween(a, b)).toBeNull();
  });
});

describe('opening the device in a page', () => {
  it('?scenario=<name> builds it fresh over whatever was stored, stores it, and leaves the URL', async () => {
    const browser = browserStorage();
    const store = await storeOf(browser);
    await store.snapshot(3, '{corrupt');
    const opened = await openDevice('?lang=en&scenario=factory-default', store, null, new FixedClock());
    expect(opened.notice).toBeNull();
    expect(opened.device.rows('vpn ipsec phase1-interface')).toHaveLength(0);
    // Its revision is past everything the browser stored, so no tab mistakes it for an old one.
    expect(opened.device.state.changes).toBe(4);
    const reopened = await openDevice('', await storeOf(browser), null, new FixedClock());
    expect(reopened.notice).toBeNull();
    expect(reopened.device.state.scenario).toBe('factory-default');
  });

  it('takeScenario: the name asked for, and the query without it', () => {
    expect(takeScenario('?lang=en&scenario=factory-default&x=1')).toEqual({
      requested: 'factory-default',
      rest: '?lang=en&x=1',
    });
    expect(takeScenario('?scenario=large')).toEqual({ requested: 'large', rest: '' });
    expect(takeScenario('?lang=en')).toEqual({ requested: null, rest: '?lang=en' });
    expect(takeScenario('')).toEqual({ requested: null, rest: '' });
  });

  it('an unknown scenario name opens the default one, says so, and stores it', async () => {
    const store = await storeOf(browserStorage());
    const opened = await openDevice('?scenario=no-such', store, null, new FixedClock());
    expect(opened.notice).toContain('no-such');
    expect(essence({ ...opened.device.state, changes: 0 })).toBe(defaultDevice());
    expect((await openDevice('', store, null, new FixedClock())).notice).toBeNull();
  });

  it('corrupt stored data: the notice once, and the fallback is what is stored next time', async () => {
    const store = await storeOf(browserStorage());
    await store.snapshot(0, 'not json');
    expect((await openDevice('', store, null, new FixedClock())).notice).toMatch(/could not be loaded/);
    const again = await openDevice('', store, null, new FixedClock());
    expect(again.notice).toBeNull();
    expect(essence({ ...again.device.state, changes: 0 })).toBe(defaultDevice());
  });

  it('a corrupt change log entry falls back with a notice too', async () => {
    const store = await storeOf(browserStorage());
    await store.snapshot(0, exportState(buildScenario('telemetry-on', new FixedClock())));
    await store.append(1, { changes: 1, tables: { 'system interface': { at: 99, del: 5, rows: [] } } }, 0);
    expect((await openDevice('', store, null, new FixedClock())).notice).toMatch(/could not be loaded/);
    expect((await openDevice('', store, null, new FixedClock())).notice).toBeNull();
  });

  it('a device an earlier fgsim kept in localStorage is moved to IndexedDB once', async () => {
    const old = buildScenario('telemetry-on', new FixedClock());
    old.transact((tx) => tx.update('system interface', 'dmz', { fortiheartbeat: 'disable' }));
    const legacy = new MemoryStorage();
    legacy.setItem(STORAGE_KEY, exportState(old));
    legacy.setItem(MARK_KEY, 'x');
    const store = await storeOf(browserStorage());
    const opened = await openDevice('', store, legacy, new FixedClock());
    expect(opened.notice).toBeNull();
    expect(opened.device.find('system interface', 'dmz')?.fortiheartbeat).toBe('disable');
    expect(legacy.items.size).toBe(0);
    const again = await openDevice('', store, legacy, new FixedClock());
    expect(again.device.find('system interface', 'dmz')?.fortiheartbeat).toBe('disable');
  });

  it('an unreadable old localStorage device falls back with a notice and is removed', async () => {
    const legacy = new MemoryStorage();
    legacy.setItem(STORAGE_KEY, '{"format": 1, "scen');
    const opened = await openDevice('', await storeOf(browserStorage()), legacy, new FixedClock());
    expect(opened.notice).toMatch(/could not be loaded/);
    expect(legacy.items.has(STORAGE_KEY)).toBe(false);
  });

  it('without IndexedDB the device still opens, and says why nothing can be kept', async () => {
    const opened = await openDevice('', null, null, new FixedClock());
    expect(opened.notice).toMatch(/cannot be kept/);
    expect(essence(opened.device.state)).toBe(defaultDevice());
  });
});

const TOKEN = { Authorization: `Bearer ${API_TOKEN}`, 'Content-Type': 'application/json' };

/** One browser tab: its own copy of the device, its keeper over the browser's shared storage. */
async function openTab(browser: Browser, lock: Lock, store?: DeviceStore) {
  const clock = new FixedClock();
  const kept = store ?? (await storeOf(browser));
  const opened = await openDevice('', kept, null, clock);
  const host = new DeviceHost(opened.device, new MemoryLoginSessions(), { testToken: true });
  const stored: string[] = [];
  const refused: string[] = [];
  const keeper = new DeviceKeeper(host, kept, {
    clock,
    lock,
    logLength: opened.logLength,
    compactAfter: 5,
    onStored: (d) => stored.push(d.revision),
    onRefused: (n) => refused.push(n),
  });
  const routes = createRoutes(host);
  const send = async (method: string, path: string, body?: unknown) => {
    const request = new Request(`http://fgsim.test${path}`, {
      method,
      headers: TOKEN,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const response = await keeper.serve(request, () => answer(routes, { request, cookies: {} }));
    return {
      status: response?.status ?? 0,
      body: (await response?.json()) as Record<string, unknown>,
      // fgsim's explanation of a refusal travels beside 6.0's bare error body (docs/fortios-6.0.md §5).
      message: decodeURIComponent(response?.headers.get('X-Fgsim-Message') ?? ''),
    };
  };
  return { host, keeper, stored, refused, send };
}

const alias = (name: string, value: string) =>
  ['PUT', `/api/v2/cmdb/system/interface/${name}`, { alias: value }] as const;

describe('one writer per browser', () => {
  it('racing writes from two tabs are all applied, kept in order, each with its own revision', async () => {
    const browser = browserStorage();
    const lock = queueLock(); // what navigator.locks is to the tabs of one browser
    const a = await openTab(browser, lock);
    const b = await openTab(browser, lock);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => [
        a.send(...alias(i % 2 ? 'internal' : 'dmz', `a${i}`)),
        b.send(...alias(i % 3 ? 'dmz' : 'wan1', `b${i}`)),
      ]).flat(),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200));
    const revisions = answers.map((r) => r.body['revision']);
    expect(new Set(revisions).size).toBe(20);
    // Both tabs agree with each other and with what a reload reads.
    await a.keeper.sync();
    await b.keeper.sync();
    const reloaded = await openDevice('', await storeOf(browser), null, new FixedClock());
    for (const tab of [a.host.device, b.host.device])
      expect(essence(tab.state)).toBe(essence(reloaded.device.state));
    expect(reloaded.device.state.changes).toBe(20);
    expect(reloaded.device.find('system interface', 'internal')?.alias).toBe('a9');
    expect(reloaded.device.find('system interface', 'wan1')?.alias).toBe('b9');
    expect(reloaded.device.find('system interface', 'dmz')?.alias).toBe('b8');
  });

  it("a read brings in another tab's change first, without a CLI session's device changing identity", async () => {
    const browser = browserStorage();
    const lock = queueLock();
    const a = await openTab(browser, lock);
    const b = await openTab(browser, lock);
    const device = a.host.device;
    await b.send(...alias('internal', 'from-b'));
    const read = await a.send('GET', '/api/v2/cmdb/system/interface/internal');
    expect((read.body['results'] as Array<Record<string, unknown>>)[0]?.['alias']).toBe('from-b');
    expect(a.host.device).toBe(device);
    expect(read.body['revision']).toBe(b.host.device.revision);
  });

  it("a scenario opened in one tab replaces the other tab's device, and the revision moves on", async () => {
    const browser = browserStorage();
    const lock = queueLock();
    const a = await openTab(browser, lock);
    const b = await openTab(browser, lock);
    await a.send(...alias('internal', 'x'));
    const opened = await b.send('POST', '/api/v2/fgsim/scenario', { name: 'factory-default' });
    expect(opened.status).toBe(200);
    await a.send('GET', '/api/v2/cmdb/system/interface');
    expect(a.host.device.state.scenario).toBe('factory-default');
    expect(a.host.device.state.changes).toBeGreaterThan(1);
    expect(a.host.device.revision).toBe(b.host.device.revision);
  });

  it('reads asked for at once share one read of storage', async () => {
    const browser = browserStorage();
    const store = await storeOf(browser);
    let heads = 0;
    const counted: DeviceStore = { ...store, head: () => (heads++, store.head()) };
    counted.load = () => store.load();
    counted.since = (n) => store.since(n);
    counted.append = (n, c, f) => store.append(n, c, f);
    counted.snapshot = (n, t, k) => store.snapshot(n, t, k);
    counted.close = () => store.close();
    const tab = await openTab(browser, queueLock(), counted);
    const reads = await Promise.all(
      ['internal', 'dmz', 'wan1', 'wan2'].map((name) =>
        tab.send('GET', `/api/v2/cmdb/system/interface/${name}`),
      ),
    );
    expect(reads.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(heads).toBe(1);
  });

  it('a long log is folded into a snapshot, and a tab behind it reads the snapshot', async () => {
    const browser = browserStorage();
    const lock = queueLock();
    const a = await openTab(browser, lock);
    const b = await openTab(browser, lock);
    for (let i = 0; i < 12; i++) await a.send(...alias('internal', `n${i}`));
    const stored = await (await storeOf(browser)).load();
    expect(stored.base).toBeGreaterThan(0);
    expect(stored.log.length).toBeLessThan(5);
    // b is 12 changes behind, past what the folded log keeps: it reads the snapshot.
    await b.send('GET', '/api/v2/cmdb/system/interface/internal');
    expect(b.host.device.find('system interface', 'internal')?.alias).toBe('n11');
    expect(essence(b.host.device.state)).toBe(essence(a.host.device.state));
    // A tab that keeps up across more folds stays the same device (its CLI sessions live on) and equal.
    const device = b.host.device;
    for (let i = 12; i < 20; i++) {
      await a.send(...alias('dmz', `m${i}`));
      await b.send('GET', '/api/v2/cmdb/system/interface/dmz');
    }
    expect(b.host.device).toBe(device);
    expect(essence(b.host.device.state)).toBe(essence(a.host.device.state));
  });
});

/** A store whose writes the browser refuses, as at its quota. */
function refusing(store: DeviceStore): DeviceStore & { full: boolean } {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const wrapped = {
    full: false,
    load: () => store.load(),
    head: () => store.head(),
    since: (n: number) => store.since(n),
    append: (n: number, c: Parameters<DeviceStore['append']>[1], from: number) =>
      wrapped.full ? Promise.reject(quota()) : store.append(n, c, from),
    snapshot: (n: number, t: string, keep?: number) =>
      wrapped.full ? Promise.reject(quota()) : store.snapshot(n, t, keep),
    close: () => store.close(),
  };
  return wrapped;
}

describe('storage that cannot fail silently', () => {
  it('a write the browser refuses to store is refused, changes nothing, and says what to do', async () => {
    const browser = browserStorage();
    const store = refusing(await storeOf(browser));
    const tab = await openTab(browser, queueLock(), store);
    expect((await tab.send(...alias('internal', 'kept'))).status).toBe(200);
    store.full = true;
    const before = essence(tab.host.device.state);
    const revision = tab.host.device.revision;
    const refused = await tab.send(...alias('internal', 'lost'));
    expect(refused.status).toBe(500);
    expect(refused.body).toMatchObject({ status: 'error', http_status: 500, error: STORE_FAILED });
    expect(refused.message).toMatch(/QuotaExceededError.*Backup.*scenario/s);
    expect(essence(tab.host.device.state)).toBe(before);
    expect(tab.host.device.revision).toBe(revision);
    expect(tab.refused).toHaveLength(1);
    // A scenario switch (a whole snapshot) is refused the same way, and the old device stays.
    expect((await tab.send('POST', '/api/v2/fgsim/scenario', { name: 'factory-default' })).status).toBe(500);
    expect(tab.host.device.state.scenario).toBe('telemetry-on');
    // Reads still answer, and what was answered 200 is what a reload finds.
    expect((await tab.send('GET', '/api/v2/cmdb/system/interface/internal')).status).toBe(200);
    const reloaded = await openDevice('', await storeOf(browser), null, new FixedClock());
    expect(reloaded.device.find('system interface', 'internal')?.alias).toBe('kept');
  });

  it('a request that changes nothing (a login) does not need storage', async () => {
    const browser = browserStorage();
    const store = refusing(await storeOf(browser));
    store.full = true;
    const tab = await openTab(browser, queueLock(), store);
    const request = new Request('http://fgsim.test/logincheck', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'admin', secretkey: '', ajax: '1' }).toString(),
    });
    const routes = createRoutes(tab.host);
    const response = await tab.keeper.serve(request, () => answer(routes, { request, cookies: {} }));
    expect(response?.status).toBe(200);
    expect(await response?.text()).toContain('1');
    expect(response?.headers.getSetCookie().join(';')).toMatch(/APSCOOKIE/);
  });
});

describe('the change log is kept with the device (issue 19 item 1)', () => {
  const records = (d: { changeLog(): unknown[] }) => JSON.stringify(d.changeLog());

  it('export and import give back the same log: each change’s revision, time, door and admin, and its diff', async () => {
    const fgt = useDevice('telemetry-on');
    const start = fgt.device.revision;
    await expectOk(() =>
      fgt.api.put('/api/v2/cmdb/system/interface/internal', { fortiheartbeat: 'disable' }),
    );
    await expectOk(() => fgt.api.put('/api/v2/cmdb/vpn.ssl/settings', { 'idle-timeout': 900 }));
    const loaded = importState(exportState(fgt.device), new FixedClock());
    expect(loaded.notice).toBeNull();
    expect(loaded.repaired ?? null).toBeNull();
    expect(records(loaded.device)).toBe(records(fgt.device));
    expect(loaded.device.changeLog().map((r) => r.door)).toEqual(['device', 'REST', 'REST']);
    expect(changesSince(loaded.device, start)).toEqual(changesSince(fgt.device, start));
    expect(changesSince(loaded.device, start)).toContain('        set fortiheartbeat disable');
  });

  it('a reload in the browser keeps the log, across a fold of the storage log into a snapshot', async () => {
    const browser = browserStorage();
    const lock = queueLock();
    const a = await openTab(browser, lock);
    const start = a.host.device.revision;
    for (let i = 0; i < 7; i++) await a.send(...alias('dmz', `step${i}`)); // compactAfter is 5
    const reloaded = await openDevice('', await storeOf(browser), null, new FixedClock());
    expect(reloaded.notice).toBeNull();
    expect(reloaded.device.changeLog()).toHaveLength(8);
    expect(records(reloaded.device)).toBe(records(a.host.device));
    expect(changesSince(reloaded.device, start)).toEqual([
      'config system interface',
      '    edit "dmz"',
      '        set alias "step6"',
      '    next',
      'end',
    ]);
  });

  it('another tab that brings in a change takes its log entry too, so `since` works in both', async () => {
    const browser = browserStorage();
    const lock = queueLock();
    const a = await openTab(browser, lock);
    const b = await openTab(browser, lock);
    const start = a.host.device.revision;
    await b.send(...alias('internal', 'from-b'));
    await a.send('GET', '/api/v2/cmdb/system/interface/internal');
    expect(a.host.device.changeLog().map((r) => r.revision)).toEqual([start, b.host.device.revision]);
    expect(changesSince(a.host.device, start)).toEqual(changesSince(b.host.device, start));
  });

  it('stays bounded: the last 500 changes, and the stored text grows with the changes kept, not forever', () => {
    const device = buildScenario('telemetry-on', new FixedClock());
    for (let i = 0; i < CHANGE_LOG_SIZE + 20; i++)
      device.transact((tx) => tx.update('system interface', 'dmz', { alias: `a${i}` }));
    const loaded = importState(exportState(device), new FixedClock());
    expect(loaded.device.changeLog()).toHaveLength(CHANGE_LOG_SIZE + 1);
    expect(records(loaded.device)).toBe(records(device));
    const stored = JSON.parse(exportState(loaded.device)) as { history: unknown[] };
    expect(stored.history).toHaveLength(CHANGE_LOG_SIZE + 1);
  });

  const broken: Array<[string, (history: unknown[]) => unknown]> = [
    ['not a list', () => 'nonsense'],
    ['a step without its change', (h) => [h[0], { time: 1, door: 'GUI', admin: 'admin' }]],
    [
      'a first step whose change back does not fit',
      (h) => [{ ...(h[0] as object), back: { changes: 'x' } }, ...h.slice(1)],
    ],
    ['a first step without its change back', (h) => [{ time: 1, door: 'device', admin: '' }, ...h.slice(1)]],
    ['a step that does not lead to the stored device', (h) => h.slice(0, -1)],
    ['a door that is not text', (h) => [h[0], { ...(h[1] as object), door: 7 }]],
  ];
  it.each(broken)('a stored log that is %s is dropped with a notice; the device itself loads', (_, spoil) => {
    const device = buildScenario('telemetry-on', new FixedClock());
    device.transact((tx) => tx.update('system interface', 'dmz', { alias: 'one' }));
    device.transact((tx) => tx.update('system interface', 'dmz', { alias: 'two' }));
    const stored = JSON.parse(exportState(device)) as { history: unknown[] };
    const loaded = importState(
      JSON.stringify({ ...stored, history: spoil(stored.history) }),
      new FixedClock(),
    );
    expect(loaded.notice).toBeNull();
    expect(loaded.repaired).toBe(
      'The saved configuration was loaded, but the change log could not be read; it starts again from now.',
    );
    expect(loaded.device.find('system interface', 'dmz')?.alias).toBe('two');
    expect(loaded.device.changeLog().map((r) => r.revision)).toEqual([device.revision]);
  });

  it('in the browser a dropped log is said once on opening', async () => {
    const browser = browserStorage();
    const store = await storeOf(browser);
    const device = buildScenario('telemetry-on', new FixedClock());
    device.transact((tx) => tx.update('system interface', 'dmz', { alias: 'one' }));
    const stored = JSON.parse(exportState(device)) as Record<string, unknown>;
    await store.snapshot(device.state.changes, JSON.stringify({ ...stored, history: [{}] }));
    const opened = await openDevice('', store, null, new FixedClock());
    expect(opened.notice).toContain('the change log could not be read');
    expect(opened.device.find('system interface', 'dmz')?.alias).toBe('one');
  });
});
