/**
 * Changing `system settings` › `opmode` through the CLI: the keys the change needs, the words a refusal
 * prints and the notice of a change kept (docs/fortios-6.0.md §4.4).
 *
 * Sources: the 6.0.0 CLI reference's `system settings`
 * (https://docs.fortinet.com/document/fortigate/6.0.0/cli-reference/726496): "If you do not set these
 * fields, the opmode change will fail" — to Transparent `gateway` and `manageip`, to NAT `device`,
 * `gateway` and `ip`. The form of a refused change at `end`: a FortiGate-VM 7.0.3's transcript (a
 * public course's notes found with code search for "node_check_object fail! for opmode": `end` →
 * `node_check_object fail! for opmode transparent` / `Attribute 'opmode' value 'transparent' checking
 * fail -7610` / `Command fail. Return code -7610`; its kept change prints `Changing to TP mode`).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../clock';
import type { Device } from '../config';
import { buildScenario } from '../scenarios';
import type { CliSession } from './cli-session';
import { cliUnderTest } from '../../test/cli-under-test';
import { backupConfig } from './backup';
import { restoreConfig } from './restore';

let device: Device;
let cli: CliSession;

beforeEach(() => {
  device = buildScenario('telemetry-on', new FixedClock());
  cli = cliUnderTest(
    () => device,
    (next) => (device = next),
  );
});

const run = (line: string): string => cli.run(line).output;
const REFUSED = (mode: string): string =>
  [
    `node_check_object fail! for opmode ${mode}`,
    `Attribute 'opmode' value '${mode}' checking fail -7610`,
    'Command fail. Return code -7610',
  ].join('\n');

describe('changing opmode', () => {
  it('refuses Transparent mode at end without manageip, and the device is unchanged', () => {
    const before = JSON.stringify(device.state);
    run('config system settings');
    expect(run('set opmode transparent')).toBe('');
    expect(run('end')).toBe(REFUSED('transparent'));
    expect(JSON.stringify(device.state)).toBe(before);
    expect(device.single('system settings').opmode).toBe('nat');
  });

  it('refuses Transparent mode with manageip but no gateway (the 6.0 reference needs both)', () => {
    const before = JSON.stringify(device.state);
    run('config system settings');
    run('set opmode transparent');
    run('set manageip 192.168.1.99 255.255.255.0');
    expect(run('end')).toBe(REFUSED('transparent'));
    expect(JSON.stringify(device.state)).toBe(before);
  });

  it('keeps Transparent mode with manageip and gateway, saying so, and the backup header follows', () => {
    run('config system settings');
    run('set opmode transparent');
    run('set manageip 192.168.1.99/24');
    run('set gateway 192.168.1.1');
    expect(run('end')).toBe('Changing to TP mode');
    const settings = device.single('system settings');
    expect(settings).toMatchObject({
      opmode: 'transparent',
      manageip: '192.168.1.99 255.255.255.0',
      gateway: '192.168.1.1',
    });
    expect(run('get system status')).toContain('Operation Mode: Transparent');
  });

  it('refuses NAT mode from Transparent without device, ip and gateway; keeps it with all three', () => {
    run('config system settings');
    run('set opmode transparent');
    run('set manageip 192.168.1.99 255.255.255.0');
    run('set gateway 192.168.1.1');
    run('end');
    const before = JSON.stringify(device.state);
    run('config system settings');
    run('set opmode nat');
    run('set device "wan1"');
    run('set ip 192.168.1.99 255.255.255.0');
    // The gateway kept from Transparent mode counts; the ones NAT mode needs are set here or before.
    run('unset gateway');
    expect(run('end')).toBe(REFUSED('nat'));
    expect(JSON.stringify(device.state)).toBe(before);
    run('config system settings');
    run('set opmode nat');
    run('set device "wan1"');
    expect(run('end')).toBe(REFUSED('nat'));
    run('config system settings');
    run('set opmode nat');
    run('set device "wan1"');
    run('set ip 192.168.1.99 255.255.255.0');
    expect(run('end')).toBe('');
    expect(device.single('system settings')).toMatchObject({ opmode: 'nat', device: 'wan1' });
  });

  it("a Transparent unit's backup restores onto a NAT unit: a restore is no user's mode change", () => {
    run('config system settings');
    run('set opmode transparent');
    run('set manageip 192.168.1.99 255.255.255.0');
    run('set gateway 192.168.1.1');
    run('end');
    const text = backupConfig(device);
    const fresh = buildScenario('telemetry-on', new FixedClock());
    restoreConfig(fresh, text);
    expect(fresh.single('system settings')).toMatchObject({ opmode: 'transparent', gateway: '192.168.1.1' });
  });

  it('a change that keeps the mode needs nothing more', () => {
    run('config system settings');
    run('set opmode nat');
    run('set comments "office"');
    expect(run('end')).toBe('');
    expect(device.single('system settings').comments).toBe('office');
  });
});
