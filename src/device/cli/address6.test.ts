/**
 * `config firewall address6` and the IPv6 keys of `vpn ssl settings` and the portals, against real
 * output (docs/fortios-6.0.md §4.7).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../clock';
import type { Device } from '../config';
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

beforeEach(() => fresh('factory-default'));

describe('firewall address6 as shipped', () => {
  it('lists the SSL-VPN IPv6 pool, then all and none, each with its UUID', () => {
    // Real backups' `config firewall address6` (code search; e.g. one whose block reads
    //   edit "SSLVPN_TUNNEL_IPv6_ADDR1" / set uuid 2648c5d8-c83a-51ee-… / set ip6 fdff:ffff::/120 / next
    //   edit "all" / set uuid 236e394c-c83a-51ee-… / next
    // and a 2019 unit's `edit "SSLVPN_TUNNEL_IPv6_ADDR1"` / `set uuid 17523864-65a4-51e9-…` / `set ip6 fdff:ffff::/120`).
    // `none` (`set ip6 ::/128`) after `all`: a real 6.0.6 backup (`#config-version=FGT40F-6.0.6-FW-build0272-191025`,
    // found by code search) reads edit "all" / set uuid 6c5cb5e4-db5c-51ea-… / next / edit "none" /
    // set uuid 6c5ce0f0-db5c-51ea-… / set ip6 ::/128 / next.
    const lines = show('show firewall address6');
    expect(masked(lines)).toEqual([
      'config firewall address6',
      '    edit "SSLVPN_TUNNEL_IPv6_ADDR1"',
      '        set uuid <uuid>',
      '        set ip6 fdff:ffff::/120',
      '    next',
      '    edit "all"',
      '        set uuid <uuid>',
      '    next',
      '    edit "none"',
      '        set uuid <uuid>',
      '        set ip6 ::/128',
      '    next',
      'end',
    ]);
    expect(new Set(lines.filter((l) => UUID.test(l))).size).toBe(3);
  });

  it('prints every key of a row in the device order; cache-ttl only for an fqdn address', () => {
    // Key order: terraform fortios_firewall_address6's argument list (the device's order); defaults and
    // options: the 6.0.5 module fortios_firewall_address6; the 6.0 CLI reference: "cache-ttl is only
    // available when type is set to fqdn".
    const all = masked(show('show full-configuration firewall address6 all'));
    expect(all).toEqual([
      'config firewall address6',
      '    edit "all"',
      '        set uuid <uuid>',
      '        set type ipprefix',
      '        set ip6 ::/0',
      '        set start-ip ::',
      '        set end-ip ::',
      "        set fqdn ''",
      '        set visibility enable',
      '        set color 0',
      '        config tagging',
      '        end',
      "        set comment ''",
      '    next',
      'end',
    ]);
    cli.run('config firewall address6');
    cli.run('edit "host6"');
    cli.run('set type fqdn');
    cli.run('set fqdn "v6.example.com"');
    cli.run('set cache-ttl 60');
    cli.run('end');
    expect(masked(show('show firewall address6 host6'))).toEqual([
      'config firewall address6',
      '    edit "host6"',
      '        set uuid <uuid>',
      '        set type fqdn',
      '        set fqdn "v6.example.com"',
      '        set cache-ttl 60',
      '    next',
      'end',
    ]);
  });

  it('a dynamic (NSX) address prints sdn, obj-id and its list; an ipprefix row prints none of them', () => {
    // 6.0's dynamic keys (per-version schema, fortinet-ansible-dev ansible-galaxy-fortios-collection
    // `fortios_firewall_address6.py`: sdn `nsx`, obj-id, list in v6.0.0/v6.0.5/v6.0.11; the 6.2 CLI
    // reference's order: … color, obj-id, config list / edit <ip> …, comment).
    for (const line of [
      'config firewall address6',
      'edit "nsx-web"',
      'set type dynamic',
      'set obj-id "securitygroup-10"',
      'config list',
      'edit "fd00::10"',
      'next',
      'end',
      'set comment "web tier"',
      'end',
    ])
      expect(cli.run(line).output).toBe('');
    expect(masked(show('show firewall address6 nsx-web'))).toEqual([
      'config firewall address6',
      '    edit "nsx-web"',
      '        set uuid <uuid>',
      '        set type dynamic',
      '        set obj-id "securitygroup-10"',
      '        config list',
      '            edit "fd00::10"',
      '            next',
      '        end',
      '        set comment "web tier"',
      '    next',
      'end',
    ]);
    const full = show('show full-configuration firewall address6 nsx-web');
    expect(full).toContain('        set sdn nsx');
    const prefix = show('show full-configuration firewall address6 all');
    expect(prefix.filter((l) => /set sdn|set obj-id|config list/.test(l))).toEqual([]);
    expect(cli.run('config firewall address6').output).toBe('');
    cli.run('edit "x"');
    // `geography` came in 6.4.0 (6.2.7+ schema answer): not a 6.0 word, refused as unknown.
    expect(cli.run('set type geography').output).toMatch(/^command parse error before 'geography'/);
    cli.run('abort');
  });

  it('keeps an address as the device writes it: lower case, zeros compressed', () => {
    cli.run('config firewall address6');
    cli.run('edit "lab"');
    expect(cli.run('set ip6 2001:0DB8:0000:0000:0000:0000:0000:0001/64').output).toBe('');
    cli.run('end');
    expect(show('show firewall address6 lab')).toContain('        set ip6 2001:db8::1/64');
  });

  it('refuses what is not an IPv6 prefix, and nothing changes', () => {
    const before = JSON.stringify(device.state.config);
    cli.run('config firewall address6');
    cli.run('edit "SSLVPN_TUNNEL_IPv6_ADDR1"');
    expect(cli.run('set ip6 fdff:ffff::/129').output).toBe(
      "invalid IPv6 address\nvalue parse error before 'fdff:ffff::/129'\nCommand fail. Return code -651",
    );
    expect(cli.run('set ip6 10.0.0.0/8').output).toMatch(/Return code -651$/);
    cli.run('end');
    expect(JSON.stringify(device.state.config)).toBe(before);
  });
});

describe('the IPv6 pools of SSL-VPN', () => {
  it('the factory portals name the IPv6 pool after the IPv4 one', () => {
    // Real backups' factory portals: edit "full-access" / set tunnel-mode enable / set ipv6-tunnel-mode enable /
    // set web-mode enable / set ip-pools "SSLVPN_TUNNEL_ADDR1" / set ipv6-pools "SSLVPN_TUNNEL_IPv6_ADDR1"; and
    // "tunnel-access" the same without web-mode.
    const lines = show('show vpn ssl web portal');
    expect(lines.slice(1, 7)).toEqual([
      '    edit "full-access"',
      '        set tunnel-mode enable',
      '        set ipv6-tunnel-mode enable',
      '        set web-mode enable',
      '        set ip-pools "SSLVPN_TUNNEL_ADDR1"',
      '        set ipv6-pools "SSLVPN_TUNNEL_IPv6_ADDR1"',
    ]);
    expect(lines.filter((l) => l.includes('ipv6-pools'))).toHaveLength(2);
  });

  it('a pool must name an address6 row; the Ref. counts; a row in use is not deleted', () => {
    expect(device.refCount('firewall address6', 'SSLVPN_TUNNEL_IPv6_ADDR1')).toBe(2);
    cli.run('config vpn ssl settings');
    expect(cli.run('set tunnel-ipv6-pools "SSLVPN_TUNNEL_IPv6_ADDR9"').output).toBe(
      "entry not found in datasource\nvalue parse error before 'SSLVPN_TUNNEL_IPv6_ADDR9'\nCommand fail. Return code -3",
    );
    // An IPv4 address is not an IPv6 pool.
    expect(cli.run('set tunnel-ipv6-pools "SSLVPN_TUNNEL_ADDR1"').output).toMatch(/Return code -3$/);
    expect(cli.run('set tunnel-ipv6-pools "SSLVPN_TUNNEL_IPv6_ADDR1"').output).toBe('');
    expect(cli.run('set ipv6-dns-server1 2001:4860:4860:0:0:0:0:8888').output).toBe('');
    cli.run('end');
    expect(device.refCount('firewall address6', 'SSLVPN_TUNNEL_IPv6_ADDR1')).toBe(3);
    expect(show('show vpn ssl settings')).toEqual(
      expect.arrayContaining([
        '    set tunnel-ipv6-pools "SSLVPN_TUNNEL_IPv6_ADDR1"',
        '    set ipv6-dns-server1 2001:4860:4860::8888',
      ]),
    );
    const before = JSON.stringify(device.state.config);
    cli.run('config firewall address6');
    expect(cli.run('delete "SSLVPN_TUNNEL_IPv6_ADDR1"').output).toBe(
      'The entry is used by other 3 entries\nCommand fail. Return code -23',
    );
    cli.run('end');
    expect(JSON.stringify(device.state.config)).toBe(before);
  });
});

describe('address6 in the backup', () => {
  it('is written after firewall address and read back, UUIDs kept', () => {
    const text = backupConfig(device);
    const block = text.slice(text.indexOf('config firewall address6\n'));
    expect(text.indexOf('config firewall address\n')).toBeLessThan(
      text.indexOf('config firewall address6\n'),
    );
    expect(block.split('\n').slice(0, 4)[3]).toBe('        set ip6 fdff:ffff::/120');
    const before = show('show full-configuration');
    cli.run('config firewall address6');
    cli.run('edit "gone"');
    cli.run('end');
    restoreConfig(device, text);
    expect(show('show full-configuration')).toEqual(before);
  });

  it('restores a real backup fragment with its own UUIDs', () => {
    // From a real backup (code search): the block as the device wrote it.
    const fragment = [
      'config firewall address6',
      '    edit "SSLVPN_TUNNEL_IPv6_ADDR1"',
      '        set uuid 2648c5d8-c83a-51ee-e49d-b2c972aa6a8a',
      '        set ip6 fdff:ffff::/120',
      '    next',
      '    edit "all"',
      '        set uuid 236e394c-c83a-51ee-2c77-13436265e189',
      '    next',
      'end',
    ];
    const text = backupConfig(device);
    const start = text.indexOf('config firewall address6\n');
    const end = text.indexOf('\nend\n', start) + 5;
    restoreConfig(device, `${text.slice(0, start)}${fragment.join('\n')}\n${text.slice(end)}`);
    expect(show('show firewall address6')).toEqual(fragment);
  });
});
