/**
 * A multi-option value is stored in the device's order, the order of the key's option list, and once
 * each, whatever order it was typed in (docs/fortios-6.0.md §3). Sources:
 * - Fortinet's "How to configure administrative access on FortiGate interface" (Technical Tip, copied
 *   at https://pupuweb.com/how-to-configure-administrative-access-on-fortigate-interface): on
 *   `set allowaccess ping https http telnet fgfm`, `append allowaccess ssh` gives
 *   `set allowaccess ping https ssh http telnet fgfm` — `ssh` takes its place in the list, not the end;
 * - the 6.0.0 handbook, "Configuring administrative access to interfaces" (docs.fortinet.com, document
 *   909236): the option list `{ping https ssh snmp http telnet fgfm radius-acct probe-response capwap ftm}`,
 *   the order every real backup's `set allowaccess` line follows;
 * - phase1 `proposal` is a preference list kept as typed: its 6.0 default
 *   `aes128-sha256 aes256-sha256 aes128-sha1 aes256-sha1` is not in its option list's order, and real
 *   units print it so (wizard-made tunnels' `show`, e.g. `edit "VPN2Azure"` … `set comments "VPN:
 *   VPN2Azure (Created by VPN wizard)"`).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../clock';
import type { Device } from '../config';
import { buildScenario, type ScenarioName } from '../scenarios';
import { tables } from '../schema';
import type { FieldDef, Row } from '../schema';
import type { CliSession } from './cli-session';
import { cliUnderTest } from '../../test/cli-under-test';
import { backupConfig } from './backup';
import { restoreConfig } from './restore';

let device: Device;
let cli: CliSession;

beforeEach(() => {
  device = buildScenario('factory-default', new FixedClock());
  cli = cliUnderTest(
    () => device,
    (next) => (device = next),
  );
});

function type(...lines: string[]): void {
  for (const line of lines) expect(cli.run(line).output, line).toBe('');
}

/** The `set <key>` line of `show <path> <row>`. */
function setLine(path: string, row: string, key: string): string | undefined {
  return cli
    .run(`show ${path} ${row}`)
    .output.split('\n')
    .map((l) => l.trim())
    .find((l) => l.startsWith(`set ${key} `));
}

describe('allowaccess through the CLI', () => {
  it('set stores the typed keywords in the option list order', () => {
    type('config system interface', 'edit "dmz"', 'set allowaccess https ping', 'end');
    expect(setLine('system interface', 'dmz', 'allowaccess')).toBe('set allowaccess ping https');
  });

  it('append puts a keyword in its place, as the Technical Tip shows', () => {
    type(
      'config system interface',
      'edit "dmz"',
      'set allowaccess ping https http telnet fgfm',
      'append allowaccess ssh',
      'end',
    );
    expect(setLine('system interface', 'dmz', 'allowaccess')).toBe(
      'set allowaccess ping https ssh http telnet fgfm',
    );
  });

  it('unselect keeps the rest in the device order; select is set', () => {
    type(
      'config system interface',
      'edit "dmz"',
      'set allowaccess ftm capwap probe-response radius-acct fgfm telnet http snmp ssh https ping',
      'unselect allowaccess ssh http',
      'end',
    );
    expect(setLine('system interface', 'dmz', 'allowaccess')).toBe(
      'set allowaccess ping https snmp telnet fgfm radius-acct probe-response capwap ftm',
    );
    type('config system interface', 'edit "dmz"', 'select allowaccess ssh ping', 'end');
    expect(setLine('system interface', 'dmz', 'allowaccess')).toBe('set allowaccess ping ssh');
  });

  it('a keyword typed twice is kept once (Decision, §3)', () => {
    type('config system interface', 'edit "dmz"', 'set allowaccess ssh ping ssh ping', 'end');
    expect(setLine('system interface', 'dmz', 'allowaccess')).toBe('set allowaccess ping ssh');
  });

  it('a bad keyword is refused with the device message and nothing changes', () => {
    const before = setLine('system interface', 'dmz', 'allowaccess');
    cli.run('config system interface');
    cli.run('edit "dmz"');
    const answer = cli.run('set allowaccess https fortitelemetry').output;
    expect(answer).toContain('command parse error before');
    cli.run('end');
    expect(setLine('system interface', 'dmz', 'allowaccess')).toBe(before);
  });
});

describe('other multi-option keys', () => {
  it("system global's alert subscription and TLS versions follow their option lists", () => {
    type(
      'config system global',
      'set fgd-alert-subscription latest-threat advisory',
      'set admin-https-ssl-versions tlsv1-2 tlsv1-0',
      'end',
    );
    const lines = cli.run('show system global').output;
    expect(lines).toContain('set fgd-alert-subscription advisory latest-threat');
    expect(lines).toContain('set admin-https-ssl-versions tlsv1-0 tlsv1-2');
  });

  it("SSL-VPN's banned ciphers follow the option list", () => {
    type('config vpn ssl settings', 'set banned-cipher 3DES RSA', 'end');
    expect(cli.run('show vpn ssl settings').output).toContain('set banned-cipher RSA 3DES');
  });

  it("phase1's proposal keeps the order typed (a preference list), repeats dropped", () => {
    type(
      'config vpn ipsec phase1-interface',
      'edit "t1"',
      'set interface "wan1"',
      'set remote-gw 192.0.2.1',
      'set psksecret example-psk',
      'set proposal aes256-sha256 aes128-sha256 aes256-sha256',
      'end',
    );
    expect(setLine('vpn ipsec phase1-interface', 't1', 'proposal')).toBe(
      'set proposal aes256-sha256 aes128-sha256',
    );
  });
});

describe('restore', () => {
  it('a file whose allowaccess is out of order restores in the device order', () => {
    const text = backupConfig(device).replace(
      /(edit "dmz"\n(?:\s+set [^\n]*\n)*?\s+)set allowaccess [^\n]*/,
      '$1set allowaccess ssh https ping',
    );
    expect(text).toContain('set allowaccess ssh https ping');
    restoreConfig(device, text);
    expect(setLine('system interface', 'dmz', 'allowaccess')).toBe('set allowaccess ping https ssh');
  });
});

/** Every multi-option value of `rows` (sub-tables and sub-objects too) with its field. */
function* multiOptionValues(
  fields: readonly FieldDef[],
  rows: readonly Row[],
): Generator<[FieldDef, string]> {
  for (const row of rows)
    for (const f of fields) {
      const v = row[f.name];
      const t = f.type;
      if (t.kind === 'multi-option' && typeof v === 'string') yield [f, v];
      if (t.kind === 'sub-table' && Array.isArray(v)) yield* multiOptionValues(t.fields, v as Row[]);
      if (t.kind === 'sub-object' && v && typeof v === 'object')
        yield* multiOptionValues(t.fields, [v as Row]);
    }
}

describe('the scenarios', () => {
  const names: ScenarioName[] = ['factory-default', 'telemetry-on', 'telemetry-off', 'large'];
  it.each(names)('%s holds every multi-option value as the device stores it', (name) => {
    const built = buildScenario(name, new FixedClock());
    let checked = 0;
    for (const table of tables) {
      const stored = built.state.config[table.path];
      const rows = Array.isArray(stored) ? stored : stored ? [stored] : [];
      for (const [f, v] of multiOptionValues(table.fields, rows as Row[])) {
        const t = f.type as { options: readonly string[]; typedOrder?: true };
        const words = v.split(' ').filter(Boolean);
        const inOrder = t.typedOrder ? [...new Set(words)] : t.options.filter((o) => words.includes(o));
        expect(words, `${table.path} ${f.name}`).toEqual(inOrder);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
