/**
 * What `get` prints, against real units' `get` output (docs/fortios-6.0.md §3, "`get`"). Sources:
 * - `get system interface` of FortiGate VMs of the 6.0 era (the summary line keeps `explicit-web-proxy`,
 *   `explicit-ftp-proxy`, `proxy-captive-portal`; several public lab notes, found with find_string
 *   for `netbios-forward: disable    type: physical`), e.g.
 *   `name: port1   mode: dhcp    ip: 192.168.1.170 255.255.255.0   status: up    netbios-forward: disable    type: physical   ring-rx: 0   …`;
 * - a unit's `get` of a new interface row, quoted whole in a public script that turns it into CSV
 *   (find_string `dhcp-relay-interface-select-method: auto`; a later 6.x/7.x build, its layout the
 *   same): `mode                : static ` (an option: a blank after it), `ip                  : 0.0.0.0 0.0.0.0`
 *   and `snmp-index          : 59` (none), `type                : vlan` (none: the row-type key),
 *   `allowaccess         : ` (an empty list), `vrrp:` (an empty sub-table), a key of 20 characters or
 *   more followed straight by `: ` (`icmp-accept-redirect: enable `).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../clock';
import type { Device } from '../config';
import { buildScenario } from '../scenarios';
import type { CliSession } from './cli-session';
import { cliUnderTest } from '../../test/cli-under-test';

let device: Device;
let cli: CliSession;

beforeEach(() => {
  device = buildScenario('telemetry-on', new FixedClock());
  cli = cliUnderTest(
    () => device,
    (next) => (device = next),
  );
});

const lines = (command: string): string[] => cli.run(command).output.split('\n');

/** The `key: value` items of a real summary line that fgsim models, with the unit's gaps kept. */
function modelledItems(real: string, keys: readonly string[]): string {
  const items = [...real.matchAll(/([a-z0-9-]+): (.*?)(\s{3,}(?=[a-z0-9-]+: )|$)/g)];
  return items
    .filter((m) => keys.includes(m[1] as string))
    .map((m) => `${m[1]}: ${m[2]}${m[3] ?? ''}`)
    .join('')
    .trimEnd();
}

describe('get system interface (the table)', () => {
  it("prints each row's header and summary line with the unit's gaps (four after an option, three else)", () => {
    const real =
      'name: port1   mode: dhcp    ip: 192.168.1.170 255.255.255.0   status: up    netbios-forward: disable    type: physical   ring-rx: 0   ring-tx: 0   netflow-sampler: disable';
    const expected = modelledItems(real, ['name', 'mode', 'ip', 'status', 'type']);
    expect(expected).toBe(
      'name: port1   mode: dhcp    ip: 192.168.1.170 255.255.255.0   status: up    type: physical',
    );
    const out = lines('get system interface');
    const at = out.indexOf('== [ wan1 ]');
    expect(at).toBeGreaterThanOrEqual(0);
    // wan1 is a DHCP port like the VM's port1; its lease is no configuration (ip stays 0.0.0.0).
    expect(out[at + 1]).toBe(
      expected.replace('port1', 'wan1').replace('192.168.1.170 255.255.255.0', '0.0.0.0 0.0.0.0'),
    );
  });

  it('get at the table prompt prints the same (`FortiGate-VM64-KVM (interface) # get` / `== [ port1 ]` …)', () => {
    const atRoot = lines('get system interface');
    cli.run('config system interface');
    expect(lines('get')).toEqual(atRoot);
  });

  it('a tunnel has no mode in its summary, as ssl.root on a real unit', () => {
    // `name: ssl.root   ip: 0.0.0.0 0.0.0.0   status: up    netbios-forward: disable    type: tunnel   …`
    const out = lines('get system interface');
    expect(out[out.indexOf('== [ ssl.root ]') + 1]).toBe(
      'name: ssl.root   ip: 0.0.0.0 0.0.0.0   status: up    type: tunnel',
    );
  });
});

describe('get system interface <row>', () => {
  it("pads keys to 20 columns; an option word has a blank after it, the row's type and other values none", () => {
    const out = lines('get system interface dmz');
    expect(out).toContain('mode                : static ');
    expect(out).toContain('status              : up ');
    expect(out).toContain('ip                  : 10.10.10.1 255.255.255.0');
    expect(out).toContain('snmp-index          : 1');
    expect(out).toContain('type                : physical');
    expect(out).toContain('device-identification: disable ');
    expect(out).toContain('description         : ');
  });

  it('vdom is a name, printed without the blank of an option word', () => {
    expect(lines('get system interface dmz')).toContain('vdom                : root');
  });

  it('the same lines inside the row (get at the edit prompt)', () => {
    const outside = lines('get system interface dmz');
    cli.run('config system interface');
    cli.run('edit dmz');
    const inside = lines('get');
    expect(inside).toContain('type                : physical');
    expect(inside).toContain('vdom                : root');
    expect(inside).toEqual(outside);
  });

  it('an empty sub-table prints its name and a colon', () => {
    expect(lines('get system csf')).toContain('trusted-list:');
  });
});
