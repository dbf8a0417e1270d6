/**
 * The device across page loads (DESIGN.md rule 5): export → import gives the same device; unreadable,
 * outdated or schema-invalid stored data falls back to the default scenario with a notice;
 * `?scenario=` opens a scenario fresh; saving is debounced, flushable, and other tabs pick it up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SCENARIO,
  FORMAT_VERSION,
  FixedClock,
  STORAGE_KEY,
  buildScenario,
  exportState,
  importState,
  type Device,
  type DeviceState,
} from '../device';
import { DeviceHost } from './host';
import { server, useDevice } from './node';
import { MARK_KEY, openDevice, persistDevice, type StorageArea } from './persistence';
import { takeScenario } from './scenario-param';
import { MemorySessions } from './sessions';
import { expectMonitorOk, expectOk } from './testing';

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
  });
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

describe('opening the device in a page', () => {
  it('?scenario=<name> builds it fresh over whatever was stored, stores it, and leaves the URL', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{corrupt');
    const opened = openDevice('?lang=en&scenario=factory-default', storage, new FixedClock());
    expect(opened.notice).toBeNull();
    expect(opened.device.rows('vpn ipsec phase1-interface')).toHaveLength(0);
    const reopened = openDevice('', storage, new FixedClock());
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

  it('an unknown scenario name opens the default one, says so, and stores it', () => {
    const storage = new MemoryStorage();
    const opened = openDevice('?scenario=no-such', storage, new FixedClock());
    expect(opened.notice).toContain('no-such');
    expect(essence(opened.device.state)).toBe(defaultDevice());
    expect(openDevice('', storage, new FixedClock()).notice).toBeNull();
  });

  it('corrupt stored data: the notice once, and the fallback is what is stored next time', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'not json');
    expect(openDevice('', storage, new FixedClock()).notice).toMatch(/could not be loaded/);
    const again = openDevice('', storage, new FixedClock());
    expect(again.notice).toBeNull();
    expect(essence(again.device.state)).toBe(defaultDevice());
  });
});

/** A host over `storage` with a hand-cranked timer, as a browser tab has. */
function tab(storage: MemoryStorage, device?: Device) {
  const host = new DeviceHost(
    device ?? openDevice('', storage, new FixedClock()).device,
    new MemorySessions(),
  );
  const timers: Array<() => void> = [];
  const saved: string[] = [];
  const persistence = persistDevice(host, storage, {
    clock: new FixedClock(),
    onSaved: (d) => saved.push(d.revision),
    setTimer: (run) => timers.push(run),
    clearTimer: () => timers.splice(0),
  });
  const runTimers = () => timers.splice(0).forEach((run) => run());
  const disable = (name: string) =>
    host.device.transact((tx) => tx.update('system interface', name, { fortiheartbeat: 'disable' }));
  return { host, persistence, timers, saved, runTimers, disable };
}

describe('saving as the device changes', () => {
  it('saves once per burst of commits, after the delay, then announces the revision', () => {
    const storage = new MemoryStorage();
    const a = tab(storage);
    a.disable('internal');
    a.disable('dmz');
    expect(a.timers).toHaveLength(1);
    expect(a.saved).toEqual([]);
    a.runTimers();
    expect(a.saved).toEqual([a.host.device.revision]);
    const reopened = openDevice('', storage, new FixedClock()).device;
    expect(reopened.find('system interface', 'internal')?.fortiheartbeat).toBe('disable');
    expect(reopened.find('system interface', 'dmz')?.fortiheartbeat).toBe('disable');
  });

  it('flush saves a waiting change at once (the page calls it on pagehide)', () => {
    const storage = new MemoryStorage();
    const a = tab(storage);
    a.disable('internal');
    a.persistence.flush();
    expect(a.timers).toHaveLength(0);
    expect(
      openDevice('', storage, new FixedClock()).device.find('system interface', 'internal')?.fortiheartbeat,
    ).toBe('disable');
    a.persistence.flush();
    expect(a.saved).toHaveLength(1);
  });

  it("another tab's saved change is picked up before the next answer, and not saved back", () => {
    const storage = new MemoryStorage();
    const a = tab(storage);
    const b = tab(storage);
    expect(a.persistence.syncFromOtherTabs()).toBe(false);
    b.disable('ssl.root');
    b.persistence.flush();
    const mark = storage.getItem(MARK_KEY);
    expect(a.persistence.syncFromOtherTabs()).toBe(true);
    expect(a.host.device.find('system interface', 'ssl.root')?.fortiheartbeat).toBe('disable');
    expect(a.host.device.revision).toBe(b.host.device.revision);
    expect(a.timers).toHaveLength(0);
    expect(storage.getItem(MARK_KEY)).toBe(mark);
    expect(a.persistence.syncFromOtherTabs()).toBe(false);
  });

  it('a swap (factory reset) is saved like a commit', () => {
    const storage = new MemoryStorage();
    const a = tab(storage);
    a.host.swap(buildScenario('factory-default', new FixedClock()));
    a.runTimers();
    expect(openDevice('', storage, new FixedClock()).device.state.scenario).toBe('factory-default');
  });
});
