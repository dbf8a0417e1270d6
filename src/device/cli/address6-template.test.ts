/**
 * `config firewall address6-template`, `config system object-tagging`, and the keys of
 * `firewall address` and `firewall address6` that name their rows (docs/fortios-6.0.md §4.7.1).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../clock';
import type { Device } from '../config';
import { exportState } from '../storage-format';
import { buildScenario } from '../scenarios';
import { backupConfig } from './backup';
import { restoreConfig } from './restore';
import type { CliSession } from './cli-session';
import { cliUnderTest } from '../../test/cli-under-test';

let device: Device;
let cli: CliSession;

function fresh(scenario: Parameters<typeof buildScenario>[0]): void {
  device = buildScenario(scenario, new FixedClock());
  cli = cliUnderTest(
    () => device,
    (next) => (device = next),
  );
}

const show = (command: string): string[] => cli.run(command).output.split('\n');
const UUID = /^ {8}set uuid [0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const masked = (lines: string[]): string[] =>
  lines.map((l) => (UUID.test(l) ? '        set uuid <uuid>' : l));
const typed = (lines: string[]): void => {
  for (const line of lines) expect(cli.run(line).output, line).toBe('');
};

/** A template with one segment of two values, as the 6.0.2 module's keys describe it. */
const TEMPLATE = [
  'config firewall address6-template',
  'edit "site"',
  'set ip6 2001:DB8::/48',
  'set subnet-segment-count 1',
  'config subnet-segment',
  'edit 1',
  'set bits 16',
  'set name "building"',
  'config values',
  'edit "north"',
  'set value "1"',
  'next',
  'end',
  'next',
  'end',
  'next',
  'end',
];

beforeEach(() => fresh('factory-default'));

describe('system object-tagging as shipped', () => {
  it('has the factory category "default", printed as a 6.0.6 backup prints it', () => {
    // A real 6.0.6 backup (`#config-version=FGT40F-6.0.6-FW-build0272-191025`, found by code
    // search for `config system object-tagging`): `config system object-tagging` / `edit "default"`
    // / `next` / `end`, after `config system ntp` and before `config system settings`.
    expect(show('show system object-tagging')).toEqual([
      'config system object-tagging',
      '    edit "default"',
      '    next',
      'end',
    ]);
    const text = backupConfig(device);
    const at = text.indexOf('config system object-tagging\n    edit "default"\n    next\nend\n');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(text.indexOf('config system settings\n'));
    expect(at).toBeGreaterThan(text.indexOf('config system interface\n'));
  });

  it("prints a category's keys in the module's order; defaults as 6.2.7's answer gives them", () => {
    // Keys: the 6.0.5 module fortios_system_object_tagging.py (category, address, device,
    // interface, multiple, color, tags); defaults: optional, optional, optional, enable, 0
    // (poroping/terraform-provider-fortios v2/codegen/apischema/auto-merge/system_object_tagging.json).
    expect(show('show full-configuration system object-tagging default')).toEqual([
      'config system object-tagging',
      '    edit "default"',
      '        set address optional',
      '        set device optional',
      '        set interface optional',
      '        set multiple enable',
      '        set color 0',
      '        unset tags',
      '    next',
      'end',
    ]);
    typed([
      'config system object-tagging',
      'edit "site"',
      'set address mandatory',
      'set tags "hq" "branch"',
      'set color 4',
      'end',
    ]);
    expect(show('show system object-tagging site')).toEqual([
      'config system object-tagging',
      '    edit "site"',
      '        set address mandatory',
      '        set color 4',
      '        set tags "hq" "branch"',
      '    next',
      'end',
    ]);
  });

  it('refuses 6.0-foreign words and out-of-range values, leaving the device as it was', () => {
    const before = exportState(device);
    cli.run('config system object-tagging');
    cli.run('edit "default"');
    expect(cli.run('set address required').output).toMatch(/^command parse error before 'required'/);
    expect(cli.run('set color 33').output).toMatch(/Return code -651$/);
    cli.run('end');
    expect(exportState(device)).toBe(before);
  });
});

describe('tagging: a category of system object-tagging', () => {
  it('an address names an existing category; a missing one is -3; a category in use is not deleted', () => {
    // 6.0.5 modules (fortios_firewall_address.py, fortios_firewall_address6.py): "Tag category.
    // Source system.object-tagging.category."
    typed(['config system object-tagging', 'edit "env"', 'set tags "prod"', 'end']);
    for (const table of ['firewall address', 'firewall address6']) {
      cli.run(`config ${table}`);
      cli.run('edit "tagged"');
      cli.run('config tagging');
      cli.run('edit "t1"');
      expect(cli.run('set category "nowhere"').output).toBe(
        "entry not found in datasource\nvalue parse error before 'nowhere'\nCommand fail. Return code -3",
      );
      typed(['set category "env"', 'set tags "prod"', 'next', 'end', 'end']);
    }
    expect(device.refCount('system object-tagging', 'env')).toBe(2);
    expect(masked(show('show firewall address6 tagged'))).toEqual([
      'config firewall address6',
      '    edit "tagged"',
      '        set uuid <uuid>',
      '        config tagging',
      '            edit "t1"',
      '                set category "env"',
      '                set tags "prod"',
      '            next',
      '        end',
      '    next',
      'end',
    ]);
    cli.run('config system object-tagging');
    expect(cli.run('delete "env"').output).toBe(
      'The entry is used by other 2 entries\nCommand fail. Return code -23',
    );
    expect(cli.run('delete "default"').output).toBe('');
    cli.run('end');
  });
});

describe('firewall address6-template', () => {
  it('prints a template with its segments and their values', () => {
    // Keys: the 6.0.2 module fortios_firewall_address6_template.py (name, ip6, subnet-segment-count,
    // subnet-segment: id, bits, exclusive, name, values: name, value); defaults ip6 ::/0, count 0,
    // bits 0, exclusive disable (6.2.7+ schema answer, poroping/terraform-provider-fortios
    // v2/codegen/apischema/auto-merge/firewall_address6_template.json).
    expect(show('show firewall address6-template')).toEqual(['config firewall address6-template', 'end']);
    typed(TEMPLATE);
    expect(show('show firewall address6-template')).toEqual([
      'config firewall address6-template',
      '    edit "site"',
      '        set ip6 2001:db8::/48',
      '        set subnet-segment-count 1',
      '        config subnet-segment',
      '            edit 1',
      '                set bits 16',
      '                set name "building"',
      '                config values',
      '                    edit "north"',
      '                        set value "1"',
      '                    next',
      '                end',
      '            next',
      '        end',
      '    next',
      'end',
    ]);
  });

  it('refuses a count over 6 and bits over 16 (6.2.7+ ranges), leaving the device as it was', () => {
    const before = exportState(device);
    cli.run('config firewall address6-template');
    cli.run('edit "t"');
    expect(cli.run('set subnet-segment-count 7').output).toMatch(/Return code -651$/);
    cli.run('config subnet-segment');
    cli.run('edit 1');
    expect(cli.run('set bits 17').output).toMatch(/Return code -651$/);
    expect(cli.run('set exclusive yes').output).toMatch(/^command parse error before 'yes'/);
    cli.run('abort');
    cli.run('abort');
    cli.run('abort');
    expect(exportState(device)).toBe(before);
  });

  it('a template address names a template; its keys print last, host only for a specific host', () => {
    // 6.0.5 module fortios_firewall_address6.py: type `template`, `template` ("Source
    // firewall.address6-template.name"), `subnet-segment` (name, type any|specific, value),
    // `host-type` any|specific, `host`; the 6.0.0 CLI reference: "only available when type is set
    // to template"; order: the 6.2 CLI reference's listing (`… set comment, set template, config
    // subnet-segment, set host-type, set host`).
    typed(TEMPLATE);
    cli.run('config firewall address6');
    cli.run('edit "north-hosts"');
    typed(['set type template']);
    expect(cli.run('set template "nowhere"').output).toBe(
      "entry not found in datasource\nvalue parse error before 'nowhere'\nCommand fail. Return code -3",
    );
    typed([
      'set template "site"',
      'set comment "north"',
      'config subnet-segment',
      'edit "building"',
      'set type specific',
      'set value "north"',
      'next',
      'end',
      'set host-type specific',
      'set host 0:0:0:0:0:0:0:5',
      'end',
    ]);
    expect(masked(show('show firewall address6 north-hosts'))).toEqual([
      'config firewall address6',
      '    edit "north-hosts"',
      '        set uuid <uuid>',
      '        set type template',
      '        set comment "north"',
      '        set template "site"',
      '        config subnet-segment',
      '            edit "building"',
      '                set type specific',
      '                set value "north"',
      '            next',
      '        end',
      '        set host-type specific',
      '        set host ::5',
      '    next',
      'end',
    ]);
    expect(device.refCount('firewall address6-template', 'site')).toBe(1);
    cli.run('config firewall address6-template');
    expect(cli.run('delete "site"').output).toBe(
      'The entry is used by other 1 entries\nCommand fail. Return code -23',
    );
    cli.run('end');
    // An ipprefix row prints none of the template keys; `host` belongs to a specific host only.
    const all = show('show full-configuration firewall address6 all');
    expect(all.filter((l) => /set template|subnet-segment|host/.test(l))).toEqual([]);
    typed(['config firewall address6', 'edit "north-hosts"', 'set host-type any', 'end']);
    const any = show('show full-configuration firewall address6 north-hosts');
    expect(any).toContain('        set host-type any');
    expect(any.some((l) => l.includes('set host '))).toBe(false);
  });
});

describe('the backup → factory reset → restore round trip', () => {
  it('gives back templates, categories and the rows that name them', () => {
    typed(TEMPLATE);
    typed([
      'config system object-tagging',
      'edit "env"',
      'set tags "prod" "test"',
      'set device disable',
      'end',
    ]);
    typed([
      'config firewall address6',
      'edit "north-hosts"',
      'set type template',
      'set template "site"',
      'config tagging',
      'edit "t1"',
      'set category "env"',
      'set tags "prod"',
      'next',
      'end',
      'end',
    ]);
    const before = show('show full-configuration');
    const text = backupConfig(device);
    // The template comes after the IPv6 addresses that may name it (**Decision**, §4.7.1).
    expect(text.indexOf('config firewall address6\n')).toBeLessThan(
      text.indexOf('config firewall address6-template\n'),
    );
    fresh('factory-default');
    expect(show('show firewall address6-template')).toEqual(['config firewall address6-template', 'end']);
    restoreConfig(device, text);
    expect(show('show full-configuration')).toEqual(before);
    expect(device.refCount('firewall address6-template', 'site')).toBe(1);
    expect(device.refCount('system object-tagging', 'env')).toBe(1);
  });
});
