/**
 * Fidelity to real 6.0 output (issue 13) for `config firewall address` and `config system csf`: every
 * 6.0.4 key, what `show` and `show full-configuration` print for it, line by line, and what the
 * device refuses. Each expectation names its source; docs/fortios-6.0.md §4.3 and §4.6.1 record them.
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
const UUID = /^( {8}set uuid) [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** `show` with the UUIDs fgsim makes (docs §3.1) written `<uuid>`. */
const shown = (command: string): string[] => show(command).map((l) => l.replace(UUID, '$1 <uuid>'));

/** Types `lines` into the CLI; every one must be taken (no output). */
function typed(lines: readonly string[]): void {
  for (const line of lines) expect(cli.run(line.trim()).output, line).toBe('');
}

/** Types a line that must be refused with `output`, and checks that nothing changed. */
function refused(line: string, output: string): void {
  const before = exportState(device);
  expect(cli.run(line).output, line).toBe(output);
  expect(exportState(device) === before, `${line} changed the device`).toBe(true);
}

beforeEach(() => fresh('factory-default'));

describe('config firewall address: every 6.0.4 key (docs/fortios-6.0.md §4.6.1)', () => {
  it('show full-configuration of "all": the keys of an ipmask row, its type-specific key last', () => {
    // Keys and defaults: a 6.0.0 unit's GET firewall/address (a fortiosapi example script of 2018,
    // revision "31.0.92.9539865665020678008.1535505187"): comment "", visibility enable,
    // associated-interface "", color 0, tagging [], allow-routing disable, subnet for an ipmask row.
    // Order: real `show` prints `set type` first and the type's own keys after the others:
    // `set type iprange` / `set comment "VPN: VPN-JUMP (Created by VPN wizard)"` / `set start-ip` …,
    // and the VPN wizard's `set allow-routing enable` / `set subnet 10.23.56.128 255.255.255.240`
    // (published FortiGate lab transcripts, found by code search). Empty sub-tables print as an
    // empty `config` block in a full configuration, as fgsim prints every one (§3).
    expect(shown('show full-configuration firewall address all')).toEqual([
      'config firewall address',
      '    edit "all"',
      '        set uuid <uuid>',
      '        set type ipmask',
      "        set comment ''",
      '        set visibility enable',
      "        set associated-interface ''",
      '        set color 0',
      '        config tagging',
      '        end',
      '        set allow-routing disable',
      '        set subnet 0.0.0.0 0.0.0.0',
      '    next',
      'end',
    ]);
  });

  it("the VPN wizard's objects: allow-routing before subnet, a comment before the range", () => {
    typed([
      'config firewall address',
      'edit "VPN-A-CISCO_local_subnet_1"',
      'set allow-routing enable',
      'set subnet 10.23.56.128 255.255.255.240',
      'next',
      'edit "VPN-JUMP_range"',
      'set type iprange',
      'set comment "VPN: VPN-JUMP (Created by VPN wizard)"',
      'set start-ip 10.23.56.200',
      'set end-ip 10.23.56.210',
      'next',
      'end',
    ]);
    // A lab's `show firewall address` (code search): edit "VPN-A-CISCO_local_subnet_1" /
    // set allow-routing enable / set subnet 10.23.56.128 255.255.255.240, and edit "VPN-JUMP_range" /
    // set uuid 9149ec1e-… / set type iprange / set comment "VPN: VPN-JUMP (Created by VPN wizard)" /
    // set start-ip 10.23.56.200 / set end-ip 10.23.56.210.
    expect(shown('show firewall address VPN-A-CISCO_local_subnet_1')).toEqual([
      'config firewall address',
      '    edit "VPN-A-CISCO_local_subnet_1"',
      '        set uuid <uuid>',
      '        set allow-routing enable',
      '        set subnet 10.23.56.128 255.255.255.240',
      '    next',
      'end',
    ]);
    expect(shown('show firewall address VPN-JUMP_range')).toEqual([
      'config firewall address',
      '    edit "VPN-JUMP_range"',
      '        set uuid <uuid>',
      '        set type iprange',
      '        set comment "VPN: VPN-JUMP (Created by VPN wizard)"',
      '        set start-ip 10.23.56.200',
      '        set end-ip 10.23.56.210',
      '    next',
      'end',
    ]);
  });

  it("a 6.0-era unit's show firewall address, typed back in, prints the same lines", () => {
    // A 2018 FortiGate VM's `show firewall address` as published (code search: "05312aba-a6e0-51e8"),
    // UUIDs and all: the factory rows, a wildcard FQDN, an FQDN and a subnet.
    const real = [
      'config firewall address',
      '    edit "SSLVPN_TUNNEL_ADDR1"',
      '        set uuid 05312aba-a6e0-51e8-1bde-9688c3b0e5eb',
      '        set type iprange',
      '        set associated-interface "ssl.root"',
      '        set start-ip 10.212.134.200',
      '        set end-ip 10.212.134.210',
      '    next',
      '    edit "all"',
      '        set uuid 0532be84-a6e0-51e8-35fa-93ef6072f3cf',
      '    next',
      '    edit "none"',
      '        set uuid 0532c4ec-a6e0-51e8-c50f-c4766862a4cd',
      '        set subnet 0.0.0.0 255.255.255.255',
      '    next',
      '    edit "adobe"',
      '        set uuid 0532ca14-a6e0-51e8-db9c-f30212ade1cb',
      '        set type wildcard-fqdn',
      '        set wildcard-fqdn "*.adobe.com"',
      '    next',
      '    edit "auth.gfx.ms"',
      '        set uuid 0532e508-a6e0-51e8-937f-8621a4bc9e93',
      '        set type fqdn',
      '        set fqdn "auth.gfx.ms"',
      '    next',
      '    edit "fortinet"',
      '        set uuid 053303ee-a6e0-51e8-302a-fc2d58779918',
      '        set subnet 192.168.1.0 255.255.255.0',
      '    next',
      'end',
    ];
    typed(real);
    expect(show('show firewall address')).toEqual(real);
  });

  it("a 6.0.0 unit's example_host: show prints only uuid and subnet", () => {
    // The 6.0.0 capture's CLI half: `sh firewall address example_host` / edit "example_host" /
    // set uuid 39673efe-abeb-51e8-a8da-d9052c368d9f / set subnet 192.0.2.1 255.255.255.255.
    typed([
      'config firewall address',
      'edit "example_host"',
      'set uuid 39673efe-abeb-51e8-a8da-d9052c368d9f',
      'set subnet 192.0.2.1/32',
      'end',
    ]);
    expect(show('show firewall address example_host')).toEqual([
      'config firewall address',
      '    edit "example_host"',
      '        set uuid 39673efe-abeb-51e8-a8da-d9052c368d9f',
      '        set subnet 192.0.2.1 255.255.255.255',
      '    next',
      'end',
    ]);
  });

  it('wildcard: an address and a wildcard mask, which no netmask or prefix is', () => {
    // 6.0 CLI reference (docs.fortinet.com/document/fortigate/6.0.0/cli-reference/969597):
    // `wildcard  Standard IPv4 using a wildcard subnet mask.`; the 6.0.5 module's `wildcard` key,
    // "IP address and wildcard netmask."
    typed([
      'config firewall address',
      'edit "odd-hosts"',
      'set type wildcard',
      'set wildcard 10.0.0.1 0.0.255.254',
    ]);
    // fgsim's words (Decision, §4.6.1): a wildcard mask has no `/nn` form to offer.
    expect(cli.run('set wildcard ?').output).toBe(
      '<ip-wildcard> please input IP address and wildcard mask (X.X.X.X Y.Y.Y.Y)',
    );
    refused(
      'set wildcard 10.0.0.0/8',
      "invalid IP address\nvalue parse error before '10.0.0.0/8'\nCommand fail. Return code -651",
    );
    // A wildcard address has no `subnet`: the key is hidden, so the CLI does not know the word (a
    // 6.0 unit's `command parse error`, docs/fortios-6.0.md §3).
    refused(
      'set subnet 10.0.0.1 0.0.255.254',
      "command parse error before 'subnet'\nCommand fail. Return code -61",
    );
    typed(['end']);
    expect(shown('show firewall address odd-hosts')).toEqual([
      'config firewall address',
      '    edit "odd-hosts"',
      '        set uuid <uuid>',
      '        set type wildcard',
      '        set wildcard 10.0.0.1 0.0.255.254',
      '    next',
      'end',
    ]);
    const full = show('show full-configuration firewall address odd-hosts');
    expect(full).toContain('        set wildcard 10.0.0.1 0.0.255.254');
    expect(full.some((l) => l.includes('set subnet') || l.includes('set start-ip'))).toBe(false);
    // Nor is a wildcard mask a netmask, where `subnet` is a key.
    typed(['config firewall address', 'edit "masked"']);
    refused(
      'set subnet 10.0.0.1 0.0.255.254',
      "invalid IP address\nvalue parse error before '10.0.0.1 0.0.255.254'\nCommand fail. Return code -651",
    );
  });

  it('dynamic: an SDN address keeps its keys, printed on dynamic rows only and after the others', () => {
    // 6.0.5 module: `sdn` one of aci aws azure gcp nsx nuage oci openstack, `obj-id` ("Object ID
    // for NSX."), `filter`, the `list` of IPs; a 6.0.0 unit answers `"obj-id": 0`, a number.
    typed([
      'config firewall address',
      'edit "nsx-web"',
      'set type dynamic',
      'set sdn nsx',
      'set obj-id 42',
      'set comment "web tier"',
      'config list',
      'edit "10.1.1.1"',
      'next',
      'end',
    ]);
    refused('set sdn vmware', "command parse error before 'vmware'\nCommand fail. Return code -61");
    refused(
      'set sdn-tag 0123456789abcdef',
      "string value is too long. the size is 16, the limit is 15\nvalue parse error before '0123456789abcdef'\nCommand fail. Return code -651",
    );
    typed(['end']);
    expect(shown('show firewall address nsx-web')).toEqual([
      'config firewall address',
      '    edit "nsx-web"',
      '        set uuid <uuid>',
      '        set type dynamic',
      '        set comment "web tier"',
      '        set sdn nsx',
      '        set obj-id 42',
      '        config list',
      '            edit "10.1.1.1"',
      '            next',
      '        end',
      '    next',
      'end',
    ]);
    // The same keys on a row of another type are kept but not printed (docs §3's skip rule).
    typed(['config firewall address', 'edit "nsx-web"', 'set type ipmask', 'end']);
    const full = show('show full-configuration firewall address nsx-web');
    expect(full.some((l) => /set (sdn|obj-id|filter)|config list/.test(l))).toBe(false);
    expect(device.rows('firewall address').find((r) => r.name === 'nsx-web')?.sdn).toBe('nsx');
  });

  it('tagging: a sub-table of categories and tag names, before allow-routing', () => {
    // 6.0.5 module: `tagging` rows (`name`, `category`, `tags` a list of names); the category is a
    // `system object-tagging` row ("Source system.object-tagging.category").
    typed([
      'config system object-tagging',
      'edit "environment"',
      'set tags "prod" "dmz"',
      'end',
      'config firewall address',
      'edit "tagged"',
      'set allow-routing enable',
      'config tagging',
      'edit "env"',
      'set category "environment"',
      'set tags "prod" "dmz"',
      'next',
      'end',
      'end',
    ]);
    expect(shown('show firewall address tagged')).toEqual([
      'config firewall address',
      '    edit "tagged"',
      '        set uuid <uuid>',
      '        config tagging',
      '            edit "env"',
      '                set category "environment"',
      '                set tags "prod" "dmz"',
      '            next',
      '        end',
      '        set allow-routing enable',
      '    next',
      'end',
    ]);
  });

  it('refuses what 6.0 refuses, with its numbers, and changes nothing', () => {
    // Ranges: color 0-32 and cache-ttl 0-86400 (a model generated from a later schema, hfortix-fortios
    // cmdb/firewall/_helpers/address.py; the 6.0 reference: "range[0-32]"); country two letters.
    typed(['config firewall address', 'edit "f"', 'set type fqdn', 'set fqdn "example.com"']);
    refused(
      'set color 33',
      "color out of range (0-32): 33\nvalue parse error before '33'\nCommand fail. Return code -651",
    );
    refused(
      'set cache-ttl 86401',
      "cache-ttl out of range (0-86400): 86401\nvalue parse error before '86401'\nCommand fail. Return code -651",
    );
    // `country` is a geography address's key (hidden on this fqdn one).
    refused('set country "US"', "command parse error before 'country'\nCommand fail. Return code -61");
    typed(['set type geography']);
    refused(
      'set country "USA"',
      "string value is too long. the size is 3, the limit is 2\nvalue parse error before 'USA'\nCommand fail. Return code -651",
    );
    refused('set visibility maybe', "command parse error before 'maybe'\nCommand fail. Return code -61");
    typed(['set type fqdn', 'set cache-ttl 300', 'end']);
    expect(shown('show firewall address f')).toEqual([
      'config firewall address',
      '    edit "f"',
      '        set uuid <uuid>',
      '        set type fqdn',
      '        set fqdn "example.com"',
      '        set cache-ttl 300',
      '    next',
      'end',
    ]);
  });
});

describe('config system csf: every 6.0.4 key (docs/fortios-6.0.md §4.3)', () => {
  it("show full-configuration: the 6.0.5 module's 11 keys in the device's order, secrets unset", () => {
    // Order: terraform's fortios_system_csf argument list (status, upstream-ip, upstream-port,
    // group-name, group-password, configuration-sync, management-ip, management-port, fixed-key,
    // trusted-list, fabric-device; the keys later releases added left out). An empty secret prints
    // no line (§8); upstream-port's "(default = 8013)" is its help's.
    expect(show('show full-configuration system csf')).toEqual([
      'config system csf',
      '    set status disable',
      '    set upstream-ip 0.0.0.0',
      '    set upstream-port 8013',
      "    set group-name ''",
      '    set configuration-sync default',
      '    set management-ip 0.0.0.0',
      '    set management-port 0',
      '    config trusted-list',
      '    end',
      '    config fabric-device',
      '    end',
      'end',
    ]);
  });

  it('trusted-list rows keyed by serial, a FortiMail fabric device, the fixed key written ENC', () => {
    // 6.0.5 module: trusted_list (serial, action accept|deny, ha_members, downstream_authorization),
    // fabric_device (name, device_ip, device_type fortimail, login, password), fixed_key; backups
    // print the key as `set fixed-key ENC …` (scripts that strip secrets from backups match it); where
    // it prints is fgsim's secrets-last rule (docs §4.6.3), no csf output having been found.
    typed([
      'config system csf',
      'set status enable',
      'set group-name "fabric"',
      'set fixed-key "k3y"',
      'config trusted-list',
      'edit "FGT60E4Q17000001"',
      'set action deny',
      'set downstream-authorization enable',
      'next',
      'end',
      'config fabric-device',
      'edit "fml1"',
      'set device-ip 192.0.2.25',
      'set login "admin"',
      'next',
      'end',
    ]);
    typed(['config trusted-list']);
    refused(
      'edit "FGT60E4Q170000012345"',
      "string value is too long. the size is 20, the limit is 19\nvalue parse error before 'FGT60E4Q170000012345'\nCommand fail. Return code -651",
    );
    typed(['end', 'end']);
    const lines = show('show system csf');
    expect(lines.map((l) => l.replace(/ENC \S+$/, 'ENC <secret>'))).toEqual([
      'config system csf',
      '    set status enable',
      '    set group-name "fabric"',
      '    config trusted-list',
      '        edit "FGT60E4Q17000001"',
      '            set action deny',
      '            set downstream-authorization enable',
      '        next',
      '    end',
      '    config fabric-device',
      '        edit "fml1"',
      '            set device-ip 192.0.2.25',
      '            set login "admin"',
      '        next',
      '    end',
      // Secrets print last, after the nested blocks, as a 6.0.6 backup's admin row does (docs §4.6.3).
      '    set fixed-key ENC <secret>',
      'end',
    ]);
  });
});

describe('the new keys survive Backup → factory reset → Restore (issue 13)', () => {
  it('an SDN address, a tagged one and the Security Fabric lists come back as they were', () => {
    typed([
      'config firewall address',
      'edit "nsx-web"',
      'set type dynamic',
      'set sdn nsx',
      'set obj-id 42',
      'next',
      'edit "odd-hosts"',
      'set type wildcard',
      'set wildcard 10.0.0.1 0.0.255.254',
      'config tagging',
      'edit "env"',
      'set tags "prod"',
      'next',
      'end',
      'next',
      'end',
      'config system csf',
      'set fixed-key "k3y"',
      'config trusted-list',
      'edit "FGT60E4Q17000001"',
      'set action deny',
      'next',
      'end',
      'end',
    ]);
    const before = cli.run('show full-configuration').output;
    const backup = backupConfig(device);
    cli.run('execute factoryreset');
    cli.run('y');
    expect(cli.run('show full-configuration').output).not.toBe(before);
    restoreConfig(device, backup);
    expect(cli.run('show full-configuration').output).toBe(before);
  });
});
