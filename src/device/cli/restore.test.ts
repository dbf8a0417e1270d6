/**
 * Configuration backup and restore (issue 6): the file is the 6.0 header and what `show` prints
 * (non-default lines, as a real 6.0 backup is: docs/fortios-6.0.md §3); restoring it is one transaction; backup → `execute factoryreset` → restore gives back an
 * identical `show full-configuration`.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../clock';
import type { Device } from '../config';
import { DeviceError } from '../errors';
import { stateProblems } from '../integrity';
import { endpointRecords } from '../monitor/endpoints';
import { buildScenario } from '../scenarios';
import { backupConfig } from './backup';
import { restoreConfig } from './restore';
import { cpuMs } from '../../test/cpu-time';
import type { CliSession } from './cli-session';
import { cliUnderTest } from '../../test/cli-under-test';
import { REAL_ROW } from '../../test/real-certificate-row';

let device: Device;
let cli: CliSession;

beforeEach(() => {
  device = buildScenario('telemetry-on', new FixedClock());
  cli = cliUnderTest(
    () => device,
    (next) => (device = next),
  );
});

const fullConfiguration = (): string => cli.run('show full-configuration').output;

function refusal(run: () => unknown): DeviceError {
  try {
    run();
  } catch (e) {
    if (e instanceof DeviceError) return e;
    throw e;
  }
  throw new Error('expected the device to refuse');
}

describe('backup', () => {
  it('starts with the 6.0 header and is what show prints, not the full configuration', () => {
    const text = backupConfig(device);
    const lines = text.split('\n');
    expect(lines[0]).toBe('#config-version=FGT60E-6.0.4-FW-build0231-190107:opmode=0:vdom=0:user=admin');
    expect(lines[1]).toMatch(/^#conf_file_ver=\d+$/);
    expect(lines[2]).toBe('#buildno=0231');
    expect(lines[3]).toBe('#global_vdom=1');
    expect(lines[4]).toBe('config system global');
    expect(text.endsWith('end\n')).toBe(true);
    expect(text).toBe(`${cli.run('show').output}\n`);
    expect(text).not.toContain("set alias ''");
    expect(text.length).toBeLessThan(fullConfiguration().length / 2);
  });

  it('the file version changes with the configuration', () => {
    const before = backupConfig(device).split('\n')[1];
    cli.run('config system global');
    cli.run('set alias "lab"');
    cli.run('end');
    expect(backupConfig(device).split('\n')[1]).not.toBe(before);
  });
});

describe('restore', () => {
  it('backup, factory reset, restore: the same full configuration', () => {
    const backup = backupConfig(device);
    const before = fullConfiguration();
    cli.run('execute factoryreset');
    cli.run('y');
    expect(fullConfiguration()).not.toBe(before);
    restoreConfig(device, backup);
    expect(fullConfiguration()).toBe(before);
    expect(stateProblems(device.state)).toEqual([]);
    expect(device.find('vpn ipsec phase1-interface', 'HQ-to-Branch')?.psksecret).toBe('fgsim-psk');
  });

  it('registrations come back without what only the monitor knew of them', () => {
    const backup = backupConfig(device);
    cli.run('execute factoryreset');
    cli.run('y');
    restoreConfig(device, backup);
    const records = endpointRecords(device);
    expect(records).toHaveLength(6);
    expect(records[0]).toMatchObject({ ip: '192.168.1.110', host_name: '', online: false });
  });

  it('restoring onto the same device keeps what the monitor knows', () => {
    const facts = JSON.stringify(device.state.endpoints);
    restoreConfig(device, backupConfig(device));
    expect(JSON.stringify(device.state.endpoints)).toBe(facts);
  });

  it("restoring a device's own backup replaces no table: the same rows in the same order, only the reboot", () => {
    const before = device.state;
    restoreConfig(device, backupConfig(device));
    for (const path of Object.keys(before.config))
      expect(device.state.config[path]).toBe(before.config[path]);
    expect(device.state.touched).toEqual(before.touched);
    expect(device.state.bootTime).not.toBe(before.bootTime);
  });

  it('a file that changes one row of a table changes that row only, and keeps the order', () => {
    const text = backupConfig(device).replace(/( {4}edit "wan1"\n)/, '$1        set description "uplink"\n');
    const names = device.rows('system interface').map((r) => r.name);
    const internal = device.find('system interface', 'internal');
    restoreConfig(device, text);
    expect(device.rows('system interface').map((r) => r.name)).toEqual(names);
    expect(device.find('system interface', 'wan1')?.description).toBe('uplink');
    expect(device.find('system interface', 'internal')).toEqual(internal);
  });

  it('is one transaction', () => {
    const revisions: string[] = [];
    device.subscribe((d) => revisions.push(d.revision));
    restoreConfig(device, backupConfig(buildScenario('telemetry-off', new FixedClock())));
    expect(revisions).toHaveLength(1);
    expect(device.single('system settings')['gui-endpoint-control']).toBe('enable');
    expect(device.rows('system interface').filter((r) => r.fortiheartbeat === 'enable')).toEqual([]);
  });

  it('replaces only the tables the file has; values it leaves out are defaults', () => {
    const interfaces = JSON.stringify(device.rows('system interface'));
    restoreConfig(device, 'config system csf\n    set group-name "other"\nend\n');
    expect(device.single('system csf')).toMatchObject({ status: 'disable', 'group-name': 'other' });
    expect(JSON.stringify(device.rows('system interface'))).toBe(interfaces);
  });

  it('accepts what show prints (non-default values only)', () => {
    const before = fullConfiguration();
    const shown = cli.run('show').output;
    cli.run('execute factoryreset');
    cli.run('y');
    restoreConfig(device, shown);
    expect(fullConfiguration()).toBe(before);
  });

  it('a file with a bad line changes nothing and names the line', () => {
    const before = JSON.stringify(device.state);
    const text =
      'config system global\n    set hostname "x"\nend\nconfig system interface\n    edit "wan1"\n        set ip 300.1.1.1 255.255.255.0\n    next\nend\n';
    const e = refusal(() => restoreConfig(device, text));
    expect(e.code).toBe(-651);
    expect(e.message).toMatch(/^line 6: invalid IP address/);
    expect(JSON.stringify(device.state)).toBe(before);
  });

  it('a file whose references do not resolve changes nothing (-3)', () => {
    const before = JSON.stringify(device.state);
    const e = refusal(() =>
      restoreConfig(device, 'config vpn ssl settings\n    set default-portal "nowhere"\nend\n'),
    );
    expect(e.code).toBe(-3);
    expect(JSON.stringify(device.state)).toBe(before);
  });

  it('a file for another model is refused', () => {
    const header = '#config-version=FGT3KD-6.0.4-FW-build0231-190107:opmode=0:vdom=0:user=admin\n';
    expect(refusal(() => restoreConfig(device, header)).code).toBe(-651);
  });

  it('an unfinished file is refused', () => {
    expect(refusal(() => restoreConfig(device, 'config system global\n    set alias "x"\n')).message).toMatch(
      /incomplete/,
    );
  });
});

/**
 * A 6.0 unit reboots after a configuration restore. The 6.0 CLI reference's `execute restore config`
 * asks "This operation will overwrite the current setting and could possibly reboot the system!";
 * `config system global` `reboot-upon-config-restore` is "Enable/disable reboot of system upon
 * restoring configuration." (`enable` by default; fortinet/fortios `fortios_system_global`, 6.0), and
 * a FortiGate automation client documents "FortiOS reboots after a restore unless
 * reboot-upon-config-restore is disabled" (kestra.io, plugin-ee-fortinet RestoreConfig).
 */
describe('a restore reboots the unit', () => {
  const clock = () => device.clock as FixedClock;

  it('the boot time is the restore, the uptime starts again, the revision names the new boot', () => {
    const revision = device.revision;
    clock().advance(90_000);
    restoreConfig(device, backupConfig(buildScenario('telemetry-off', new FixedClock())));
    expect(device.state.bootTime).toBe(clock().now());
    expect(device.uptimeSeconds()).toBe(0);
    expect(device.revision.split('.').at(-1)).toBe(String(Math.floor(clock().now() / 1000)));
    expect(device.revision.split('.').at(-1)).not.toBe(revision.split('.').at(-1));
    expect(device.single('system settings')['gui-endpoint-control']).toBe('enable');
  });

  it('two restores at the same moment of the fixed clock are two boots', () => {
    restoreConfig(device, backupConfig(device));
    const first = device.state.bootTime;
    restoreConfig(device, backupConfig(device));
    expect(device.state.bootTime).toBeGreaterThan(first);
  });

  it('with reboot-upon-config-restore disable the file is applied and the unit stays up', () => {
    cli.run('config system global');
    cli.run('set reboot-upon-config-restore disable');
    cli.run('end');
    const boot = device.state.bootTime;
    const text = backupConfig(device).replace(/( {4}edit "wan1"\n)/, '$1        set description "uplink"\n');
    restoreConfig(device, text);
    expect(device.find('system interface', 'wan1')?.description).toBe('uplink');
    expect(device.state.bootTime).toBe(boot);
  });

  it('a refused file does not reboot', () => {
    const boot = device.state.bootTime;
    clock().advance(90_000);
    refusal(() => restoreConfig(device, 'config system global\n    set nothing 1\nend\n'));
    expect(device.state.bootTime).toBe(boot);
  });
});

/**
 * Values round-trip (issue 14, item 5). A real 6.0.6 backup (`#config-version=FGT40F-6.0.6-FW-build0272-191025`)
 * writes a certificate as one quoted value over many lines:
 *
 *         set certificate "-----BEGIN CERTIFICATE-----
 *     MIID5jCCAs6gAwIBAgIIBnQnE7FhR8IwDQYJKoZIhvcNAQELBQAwgakxCzAJBgNV
 *     …
 *     -----END CERTIFICATE-----"
 *
 * so fgsim writes any value with a newline the same way, escapes `"` and `\`, and reads it back.
 */
describe('values through Backup → Restore', () => {
  const description = (): string => String(device.find('system interface', 'dmz')?.description);
  const setDescription = (value: string): void => {
    device.transact((tx) => tx.update('system interface', 'dmz', { description: value }));
  };

  it('a multi-line value is written inside its quotes, as a real backup writes a certificate', () => {
    setDescription('first line\nsecond line');
    const lines = backupConfig(device).split('\n');
    const at = lines.indexOf('        set description "first line');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('second line"');
  });

  it.each([
    ['a newline', 'a\nb'],
    ['CR LF', 'a\r\nb\r\n'],
    ['a lone CR', 'a\rb'],
    ['quotes and backslashes', 'say "hi" \\ C:\\path\\ \\"'],
    ['a trailing backslash', 'ends in \\'],
    ['a line that looks like a comment', 'x\n#config-version=FGT3KD-6.0.4\n# note'],
    ['leading and trailing blanks on every line', '  lead\n\t tabbed \n   '],
    ['a pipe and a question mark', 'a | grep b ?'],
    ['single quotes', "it's 'quoted'"],
    ['text outside Latin-1', 'FGT-東京 😀 １２３'],
    ['lines that look like configuration', 'x"\nend\nconfig system global\n    set hostname "evil"\nend\n'],
  ])('%s comes back byte for byte', (_what, value) => {
    setDescription(value);
    const backup = backupConfig(device);
    cli.run('execute factoryreset');
    cli.run('y');
    restoreConfig(device, backup);
    expect(description()).toBe(value);
    expect(backupConfig(device)).toBe(backup);
    expect(stateProblems(device.state)).toEqual([]);
  });

  it('a crafted description (the probe used 104 characters) cannot set the hostname or admin-sport', () => {
    // closes the description's quote, ends the interface, sets two globals, reopens the interface
    const crafted =
      'x"\nnext\nend\nconfig system global\nset hostname "pwned"\nset admin-sport 4443\nend\nconfig system interface\nedit "dmz"\nset alias "';
    setDescription(crafted);
    const global = JSON.stringify(device.single('system global'));
    restoreConfig(device, backupConfig(device));
    expect(JSON.stringify(device.single('system global'))).toBe(global);
    expect(device.single('system global').hostname).toBe('FGT60E');
    expect(description()).toBe(crafted);
  });

  it('a file that leaves a quote open is refused and changes nothing', () => {
    const before = JSON.stringify(device.state);
    const e = refusal(() => restoreConfig(device, 'config system global\n    set alias "x\nend\n'));
    expect(e.message).toMatch(/incomplete/);
    expect(JSON.stringify(device.state)).toBe(before);
  });

  it('a bad line after a multi-line value is named by its own line number', () => {
    const text = 'config system global\n    set alias "a\nb\nc"\n    set admin-sport 0\nend\n';
    expect(refusal(() => restoreConfig(device, text)).message).toMatch(/^line 5: /);
  });

  it('a file with CRLF line endings restores as one with LF', () => {
    setDescription('plain');
    const backup = backupConfig(device);
    cli.run('execute factoryreset');
    cli.run('y');
    restoreConfig(device, backup.replace(/\n/g, '\r\n'));
    expect(backupConfig(device)).toBe(backup);
  });
});

describe('restore on the large device', () => {
  it('its own backup (3 MB: 5,441 interfaces, 10,000 registrations) restores in under a second', () => {
    const large = buildScenario('large', new FixedClock());
    const text = backupConfig(large);
    const started = cpuMs();
    restoreConfig(large, text);
    expect(cpuMs() - started).toBeLessThan(1000);
    expect(large.rows('system interface')).toHaveLength(5441);
  });
});

describe('a real 6.0.6 unit’s certificate row (docs/fortios-6.0.md §4.8.1)', () => {
  it('restores with its ENC password and PEM key; Backup → factoryreset → Restore keeps it byte for byte', () => {
    restoreConfig(device, `${backupConfig(device)}${REAL_ROW.join('\n')}\n`);
    const backup = backupConfig(device);
    // The unit's lines, the password's `ENC` words among them, as the unit wrote them.
    expect(backup).toContain(REAL_ROW.slice(1, -1).join('\n'));
    cli.run('execute factoryreset');
    cli.run('y');
    expect(device.find('vpn certificate local', 'Real_40F_RSA1024')).toBeUndefined();
    restoreConfig(device, backup);
    expect(backupConfig(device)).toBe(backup);
    expect(stateProblems(device.state)).toEqual([]);
  });

  it('a row whose key is not PEM refuses the file at its line, in the device’s words; nothing changes', () => {
    const before = JSON.stringify(device.state);
    const text =
      'config vpn certificate local\n    edit "bad"\n        set private-key "garbage"\n    next\nend\n';
    const e = refusal(() => restoreConfig(device, text));
    // A refused file is -651 naming the line (restore.ts), with the line's own refusal (-145's words).
    expect(e.message).toBe(
      'line 3: Invalid private key, password may be required Command fail. Return code -145',
    );
    expect(JSON.stringify(device.state)).toBe(before);
  });
});
