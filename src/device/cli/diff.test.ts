/**
 * The CLI diff (issue "Revisions and what changed"): for states reachable from each scenario by seeded
 * random edit sequences, the diff typed into the CLI of the first state gives the second; the diff of
 * a state with itself is empty.
 */
import { describe, expect, it } from 'vitest';
import { FixedClock } from '../clock';
import type { Device } from '../config';
import { seededRandom } from '../rng';
import { buildScenario, type ScenarioName } from '../scenarios';
import {
  appliesTo,
  tableSchema,
  tables,
  type FieldDef,
  type Row,
  type TableSchema,
  type Value,
} from '../schema';
import type { Config, DeviceState } from '../state';
import { applyCliLines, cliDiff } from './diff';
import { cpuMs } from '../../test/cpu-time';

const clock = new FixedClock();

/**
 * A configuration keyed by rows, as the configuration shows it. Left out:
 * - a local user's `passwd-time`: the device stamps it whenever a password is set through a door
 *   (src/device/rules.ts), so lines that set a password give a stamp even where the other state has
 *   none (the factory `guest`, deleted and made again). The stamp itself is tested in
 *   src/device/cli/fidelity.test.ts.
 * - a value kept in a field that does not belong to its row (`appliesTo`: an address's `fqdn` once it
 *   is an `ipmask`; a REST write may leave one): `show` does not print it and the CLI refuses to set it,
 *   as a 6.0 unit does, so no line can carry it.
 */
function shown(fields: readonly FieldDef[], row: Row): Row {
  const out: Row = {};
  for (const f of fields) {
    const v = row[f.name];
    if (v === undefined || !appliesTo(f, row)) continue;
    if (f.type.kind === 'sub-object') out[f.name] = shown(f.type.fields, v as Row);
    else if (f.type.kind === 'sub-table') {
      const inner = f.type.fields;
      out[f.name] = (v as Row[]).map((r) => shown(inner, r));
    } else out[f.name] = v;
  }
  return out;
}

function normalised(config: Config): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const t of tables) {
    const data = config[t.path];
    out[t.path] = Array.isArray(data)
      ? Object.fromEntries(
          data.map((r) => {
            const row = shown(t.fields, r);
            if (t.path !== 'user local') return [String(r[t.mkey ?? 'name']), row];
            const { 'passwd-time': _stamp, ...rest } = row;
            return [String(r.name), rest];
          }),
        )
      : data && shown(t.fields, data as Row);
  }
  return out;
}

function generator(seed: number) {
  const rnd = seededRandom(seed);
  const int = (n: number): number => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const words = ['', 'a', 'two words', 'say "hi"', 'back\\slash', 'tab\tin', 'ünïcödé', 'x'.repeat(40)];
  const ip = (): string => `${1 + int(223)}.${int(256)}.${int(256)}.${1 + int(254)}`;
  const keysOf = (device: Device, path: string): string[] => {
    const schema = tableSchema(path) as TableSchema;
    return device.rows(path).map((r) => String(r[schema.mkey ?? 'name']));
  };

  function value(device: Device, f: FieldDef): Value {
    const t = f.type;
    switch (t.kind) {
      case 'option':
        return pick(t.options);
      case 'multi-option':
        return t.options.filter(() => rnd() < 0.3).join(' ');
      case 'string':
        return pick(words).slice(0, t.maxLength);
      case 'name':
        return `n${int(50)}`.slice(0, t.maxLength);
      case 'password':
        return rnd() < 0.2 ? '' : `pw${int(1000)}`;
      case 'integer':
        return t.min + int(Math.min(t.max - t.min + 1, 100_000));
      case 'ipv4':
        return ip();
      case 'uuid':
        return `${String(10000000 + int(89999999))}-0000-51e8-8000-${String(int(999999)).padStart(12, '0')}`;
      case 'mac':
        return Array.from({ length: 6 }, () => int(256).toString(16).padStart(2, '0')).join(':');
      case 'ipv4-mask':
        return `${ip()} ${pick(['255.255.255.0', '255.255.0.0', '255.255.255.252'])}`;
      case 'ipv6':
        return `2001:db8::${(1 + int(0xfffe)).toString(16)}`;
      case 'ipv6-prefix':
        return `2001:db8:${int(0xffff).toString(16)}::/${pick([48, 64, 120, 128])}`;
      case 'reference': {
        // A phase1 sits on a port, as the GUI offers it; bound to its own tunnel it could never be made.
        const keys = keysOf(device, t.table).filter(
          (k) => f.name !== 'interface' || device.find('system interface', k)?.['type'] !== 'tunnel',
        );
        return t.optional && rnd() < 0.3 ? '' : pick(keys.length ? keys : ['']);
      }
      case 'reference-list':
        return keysOf(device, t.table)
          .filter(() => rnd() < 0.2)
          .slice(0, 4)
          .map((name) => ({ name }));
      case 'name-list':
        return Array.from({ length: int(3) }, (_, i) => ({ name: `host${i}.example` }));
      case 'sub-object': {
        const f2 = pick(t.fields);
        return { [f2.name]: value(device, f2) } as Row;
      }
      case 'sub-table':
        return Array.from({ length: int(3) }, (_, i) => {
          const row: Row = {
            [t.mkey]: t.fields.find((x) => x.name === t.mkey)?.type.kind === 'integer' ? i + 1 : `r${i}`,
          };
          for (const f2 of t.fields) if (f2.name !== t.mkey && rnd() < 0.3) row[f2.name] = value(device, f2);
          return row;
        });
    }
  }

  /** One random change through the device's own transactions; a refused one changes nothing. */
  function edit(device: Device, n: number): void {
    const kind = int(10);
    try {
      device.transact((tx) => {
        if (kind === 0)
          tx.create('firewall address', { name: `addr${n}`, subnet: `${ip()} 255.255.255.255` });
        else if (kind === 1)
          tx.create('vpn ipsec phase1-interface', {
            name: `tun${n}`,
            interface: pick(['wan1', 'wan2']),
            'remote-gw': ip(),
            psksecret: `k${n}`,
          });
        else if (kind === 2)
          tx.create('system interface', {
            name: `vl${n}`,
            type: 'vlan',
            interface: 'wan1',
            vlanid: 1 + int(4094),
          });
        else if (kind === 3) {
          const t = pick(tables.filter((x) => x.kind === 'table'));
          const keys = keysOf(device, t.path);
          if (keys.length) tx.remove(t.path, pick(keys));
        } else {
          const t = pick(tables);
          const f = pick(t.fields.filter((x) => !x.readOnly && !x.createOnly && x.name !== t.mkey));
          const key = t.kind === 'table' ? pick(keysOf(device, t.path)) : null;
          if (t.kind === 'table' && key === undefined) return;
          tx.update(t.path, key ?? null, { [f.name]: value(device, f) });
        }
      });
    } catch {
      // Refused: the device is as it was.
    }
  }

  return { edit, int };
}

function check(from: DeviceState, to: DeviceState): void {
  const lines = cliDiff(from, to, clock);
  const applied = applyCliLines(from, lines, clock);
  expect(normalised(applied.config), lines.join('\n')).toEqual(normalised(to.config));
}

describe('the CLI diff', () => {
  const scenarios: ScenarioName[] = ['telemetry-on', 'telemetry-off', 'factory-default'];

  it.each(scenarios)('of %s with itself is empty', (scenario) => {
    const state = buildScenario(scenario, clock).state;
    expect(cliDiff(state, state, clock)).toEqual([]);
  });

  it('of large with its 400 VLANs deleted: 400 deletes, in under a second of CPU', () => {
    const device = buildScenario('large', clock);
    const start = device.state;
    const vlans = device.rows('system interface').filter((r) => r.type === 'vlan');
    expect(vlans).toHaveLength(400);
    device.transact((tx) => {
      for (const r of vlans) tx.remove('system interface', String(r.name));
    });
    const began = cpuMs();
    const lines = cliDiff(start, device.state, clock);
    const took = cpuMs() - began;
    // Last made first, as the device takes them (each line was a transaction of its own: 11 s).
    expect(lines).toEqual([
      'config system interface',
      ...[...vlans].reverse().map((r) => `    delete "${String(r.name)}"`),
      'end',
    ]);
    expect(took).toBeLessThan(1000);
  });

  it('of large with 1,000 new VLANs: 1,000 edits, in under a second of CPU, that make them', () => {
    const device = buildScenario('large', clock);
    const start = device.state;
    const made = Array.from({ length: 1000 }, (_, n) => ({
      name: `nv${n}`,
      vdom: 'root',
      type: 'vlan',
      interface: `port${1 + (n % 4)}`,
      vlanid: 3000 + Math.floor(n / 4),
    }));
    device.transact((tx) => {
      for (const row of made) tx.create('system interface', row);
    });
    const began = cpuMs();
    const lines = cliDiff(start, device.state, clock);
    const took = cpuMs() - began;
    // One block, the new rows in the order they were made, each with what differs from a new row's
    // defaults. Each `next` was a commit of its own that checked the whole interface table: 0.83 s of
    // CPU here before they were folded into one (0.24 s after), 2.6 s of wall time on a loaded machine.
    expect(lines[0]).toBe('config system interface');
    expect(lines.at(-1)).toBe('end');
    expect(lines.filter((l) => l.startsWith('    edit '))).toEqual(made.map((r) => `    edit "${r.name}"`));
    expect(lines).toContain('        set interface "port2"');
    expect(lines).toContain('        set vlanid 3249');
    expect(took).toBeLessThan(1000);
    // Typed into the CLI of the first state, they make the second.
    const applied = applyCliLines(start, lines, clock);
    expect(applied.config['system interface']).toEqual(device.state.config['system interface']);
  });

  it('folds the commits of the lines it types into one, and a refusal still throws', () => {
    const start = buildScenario('telemetry-on', clock).state;
    const applied = applyCliLines(
      start,
      ['config firewall address', '    edit "a"', '    next', '    edit "b"', '    next', 'end'],
      clock,
    );
    expect(applied.changes).toBe(start.changes + 1);
    expect(() =>
      applyCliLines(
        start,
        [
          'config firewall addrgrp',
          '    edit "g"',
          '        set member "no-such-address"',
          '    next',
          'end',
        ],
        clock,
      ),
    ).toThrow(/refused/);
  });

  it('turns telemetry-on into telemetry-off through the CLI', () => {
    check(buildScenario('telemetry-on', clock).state, buildScenario('telemetry-off', clock).state);
  });

  it.each(scenarios)(
    'applied through the CLI, gives the second state for 80 seeded edit sequences from %s',
    (scenario) => {
      let changed = 0;
      for (let seed = 1; seed <= 80; seed++) {
        const g = generator(seed * 7919 + scenario.length);
        const device = buildScenario(scenario, clock);
        const start = device.state;
        const steps = 1 + g.int(25);
        for (let i = 0; i < steps; i++) g.edit(device, i);
        if (device.state !== start) changed++;
        check(start, device.state);
        // And back again.
        check(device.state, start);
      }
      // The generator must reach real changes, or the property says nothing.
      expect(changed).toBeGreaterThan(60);
    },
    // 160 diffs of whole devices, with 6.0's FortiClient sub-objects and sub-tables: ~4 s alone, more
    // while other suites share the cores.
    30_000,
  );
});

describe('the CLI diff, where a key opens another printed before it', () => {
  /** The diff from `telemetry-on` to it after `change`, and that typed into the CLI it gives the same. */
  function diffOf(change: (device: Device) => void): string[] {
    const device = buildScenario('telemetry-on', clock);
    const from = device.state;
    change(device);
    check(from, device.state);
    return cliDiff(from, device.state, clock);
  }

  it('writes split-tunneling disable before the exclusive routing it opens (a real portal prints it after)', () => {
    const lines = diffOf((device) =>
      device.transact((tx) =>
        tx.update('vpn ssl web portal', 'tunnel-access', {
          'split-tunneling': 'disable',
          'exclusive-routing': 'enable',
        }),
      ),
    );
    expect(lines).toEqual([
      'config vpn ssl web portal',
      '    edit "tunnel-access"',
      '        set split-tunneling disable',
      '        set exclusive-routing enable',
      '    next',
      'end',
    ]);
  });

  it("writes a phase1's dns-mode before its DNS servers", () => {
    const device = buildScenario('telemetry-on', clock);
    device.transact((tx) =>
      tx.create('vpn ipsec phase1-interface', {
        name: 'dialup',
        type: 'dynamic',
        interface: 'wan1',
        'mode-cfg': 'enable',
        'dns-mode': 'auto',
        psksecret: 'secret-1',
      }),
    );
    const from = device.state;
    device.transact((tx) =>
      tx.update('vpn ipsec phase1-interface', 'dialup', {
        'dns-mode': 'manual',
        'ipv4-dns-server1': '10.0.0.53',
      }),
    );
    check(from, device.state);
    expect(cliDiff(from, device.state, clock)).toEqual([
      'config vpn ipsec phase1-interface',
      '    edit "dialup"',
      '        set dns-mode manual',
      '        set ipv4-dns-server1 10.0.0.53',
      '    next',
      'end',
    ]);
  });
});
