/**
 * `stateProblems` checks what the monitor reads and the revision counter, not only the configuration
 * (issue 14, items 9 and 10): wrong-shaped endpoint facts in storage passed it and the Monitor showed
 * "Total 6" over "Unknown interface (0)"; a stored `changes` of 2^53 froze the revision (n + 1 === n).
 */
import { describe, expect, it } from 'vitest';
import { FixedClock } from './clock';
import { MAX_CHANGES, stateProblems } from './integrity';
import { exportState, importState } from './storage-format';
import { buildScenario } from './scenarios';
import type { DeviceState } from './state';

const clock = new FixedClock();
const state = (): DeviceState => buildScenario('telemetry-on', clock).state;
const firstUid = (s: DeviceState): string => Object.keys(s.endpoints)[0] as string;

describe('stateProblems', () => {
  it('every scenario is valid', () => {
    for (const name of ['telemetry-on', 'telemetry-off', 'factory-default', 'large'] as const)
      expect(stateProblems(buildScenario(name, clock).state)).toEqual([]);
  });

  it.each([
    [
      'a fact that is not an object',
      (s: DeviceState) => ({ ...s, endpoints: { ...s.endpoints, [firstUid(s)]: 7 } }),
    ],
    [
      'a missing host name',
      (s: DeviceState) => {
        const uid = firstUid(s);
        const { host_name: _, ...rest } = s.endpoints[uid] as object as Record<string, unknown>;
        return { ...s, endpoints: { ...s.endpoints, [uid]: rest } };
      },
    ],
    [
      'an unknown compliance status',
      (s: DeviceState) => {
        const uid = firstUid(s);
        return { ...s, endpoints: { ...s.endpoints, [uid]: { ...s.endpoints[uid], compliance: 'fine' } } };
      },
    ],
    [
      'online as a string',
      (s: DeviceState) => {
        const uid = firstUid(s);
        return { ...s, endpoints: { ...s.endpoints, [uid]: { ...s.endpoints[uid], online: 'yes' } } };
      },
    ],
    ['endpoints as a list', (s: DeviceState) => ({ ...s, endpoints: [] })],
    [
      'a link without a MAC',
      (s: DeviceState) => ({ ...s, links: { ...s.links, wan1: { link: true, speed: 1000 } } }),
    ],
    [
      'a negative speed',
      (s: DeviceState) => ({
        ...s,
        links: { ...s.links, wan1: { link: true, speed: -1, mac: '00:09:0f:00:00:01' } },
      }),
    ],
    ['links as null', (s: DeviceState) => ({ ...s, links: null })],
    ['changes of 2^53', (s: DeviceState) => ({ ...s, changes: 2 ** 53 })],
    ['changes past the counting room', (s: DeviceState) => ({ ...s, changes: MAX_CHANGES + 1 })],
    ['negative changes', (s: DeviceState) => ({ ...s, changes: -1 })],
    ['fractional changes', (s: DeviceState) => ({ ...s, changes: 1.5 })],
    ['changes as text', (s: DeviceState) => ({ ...s, changes: '3' })],
  ])('finds %s', (_what, corrupt) => {
    const bad = corrupt(state()) as unknown as DeviceState;
    expect(stateProblems(bad).length).toBeGreaterThan(0);
  });

  it('a counter at the limit still counts', () => {
    const device = buildScenario('telemetry-on', clock);
    device.replace({ ...device.state, changes: MAX_CHANGES });
    const before = device.revision;
    device.transact((tx) => tx.update('system global', null, { alias: 'a' }));
    expect(device.revision).not.toBe(before);
    expect(device.state.changes).toBe(MAX_CHANGES + 1);
  });
});

describe('loading stored state', () => {
  const stored = (patch: (s: Record<string, unknown>) => void): string => {
    const device = buildScenario('telemetry-on', clock);
    device.transact((tx) => tx.update('system global', null, { alias: 'x' }));
    device.transact((tx) =>
      tx.setEndpoint(firstUid(device.state), device.state.endpoints[firstUid(device.state)]),
    );
    const s = JSON.parse(exportState(device)) as Record<string, unknown>;
    patch(s);
    return JSON.stringify(s);
  };

  it('a stored changes of 2^53 falls back to the scenario with a notice, and the revision moves again', () => {
    const loaded = importState(
      stored((s) => (s.changes = 2 ** 53)),
      clock,
    );
    expect(loaded.notice).toMatch(/changes/);
    const before = loaded.device.revision;
    loaded.device.transact((tx) => tx.update('system global', null, { alias: 'y' }));
    expect(loaded.device.revision).not.toBe(before);
  });

  it('wrong-shaped endpoint facts fall back with a notice', () => {
    const loaded = importState(
      stored((s) => {
        const endpoints = s.endpoints as Record<string, Record<string, unknown>>;
        for (const info of Object.values(endpoints)) info.intf_name = 0;
      }),
      clock,
    );
    expect(loaded.notice).toMatch(/intf_name/);
  });
});
