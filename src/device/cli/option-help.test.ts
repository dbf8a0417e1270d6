/**
 * `set <key> ?` lists each option with its own help, in the layout `?` has everywhere (the word, then
 * its help from the thirteenth column or one space past the longest word). The words are the data of
 * src/device/schema/option-help-6.0.ts; each expectation names where they come from
 * (docs/fortios-6.0.md §5.2).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../clock';
import { buildScenario } from '../scenarios';
import { CliSession } from './cli-session';

let cli: CliSession;

beforeEach(() => {
  const device = buildScenario('telemetry-on', new FixedClock());
  cli = new CliSession(() => device, {
    replaceDevice: () => undefined,
    onInternalError: (e) => {
      throw e;
    },
  });
});

describe('set <key> ? words each option as 6.0 does', () => {
  it('system interface allowaccess: the 6.0 handbook’s words', () => {
    // FortiOS 6.0.0 Handbook, "Configuring administrative access to interfaces"
    // (docs.fortinet.com/document/fortigate/6.0.0/handbook/909236): 6.0's list, with its ftm and capwap,
    // in its order (`{ping https ssh snmp http telnet fgfm radius-acct probe-response capwap ftm}`, the
    // order its table gives the words in and a value is stored in, docs/fortios-6.0.md §3).
    cli.run('config system interface');
    cli.run('edit internal');
    expect(cli.run('set allowaccess ?').output).toBe(
      [
        'ping           PING access.',
        'https          HTTPS access.',
        'ssh            SSH access.',
        'snmp           SNMP access.',
        'http           HTTP access.',
        'telnet         TELNET access.',
        'fgfm           FortiManager access.',
        'radius-acct    RADIUS accounting access.',
        'probe-response Probe access.',
        'capwap         CAPWAP access.',
        'ftm            FortiToken Mobile Push access.',
      ].join('\n'),
    );
  });

  it('system interface role and type: a 6.2.7 unit’s schema answer', () => {
    // poroping/terraform-provider-fortios v2/codegen/apischema/auto-merge/system_interface.json.
    cli.run('config system interface');
    cli.run('edit internal');
    expect(cli.run('set role ?').output).toBe(
      [
        'lan         Connected to local network of endpoints.',
        'wan         Connected to Internet.',
        'dmz         Connected to server zone.',
        'undefined   Interface has no specific role.',
      ].join('\n'),
    );
    expect(cli.run('set type ?').output.split('\n').slice(0, 3)).toEqual([
      'physical    Physical interface.',
      'vlan        VLAN interface.',
      'aggregate   Aggregate interface.',
    ]);
  });

  it('system interface 6.0 keys: a 6.2.7 unit’s schema answer, at the top level and in sub-tables', () => {
    // poroping/terraform-provider-fortios v2/codegen/apischema/auto-merge/system_interface.json:
    // `lacp-speed`, `bfd`, `ipv6` › `ip6-mode`, `ip6-prefix-list` › `onlink-flag`, `vrrp` › `version`.
    // `lacp-speed` is an aggregate's key.
    cli.run('config system interface');
    cli.run('edit "agg1"');
    cli.run('set type aggregate');
    expect(cli.run('set lacp-speed ?').output).toBe(
      'slow        Send LACP message every 30 seconds.\nfast        Send LACP message every second.',
    );
    cli.run('abort');
    cli.run('config system interface');
    cli.run('edit internal');
    expect(cli.run('set bfd ?').output).toBe(
      [
        'global      BFD behavior of this interface will be based on global configuration.',
        'enable      Enable BFD on this interface and ignore global configuration.',
        'disable     Disable BFD on this interface and ignore global configuration.',
      ].join('\n'),
    );
    cli.run('config ipv6');
    expect(cli.run('set ip6-mode ?').output).toBe(
      [
        'static      Static setting.',
        'dhcp        DHCPv6 client mode.',
        'pppoe       IPv6 over PPPoE mode.',
        'delegated   IPv6 address with delegated prefix.',
      ].join('\n'),
    );
    cli.run('config ip6-prefix-list');
    cli.run('edit 2001:db8::/64');
    expect(cli.run('set onlink-flag ?').output).toBe(
      'enable      Enable the onlink flag.\ndisable     Disable the onlink flag.',
    );
    cli.run('end');
    cli.run('end');
    cli.run('config vrrp');
    cli.run('edit 1');
    expect(cli.run('set version ?').output).toBe('2           VRRP version 2.\n3           VRRP version 3.');
  });

  it('system interface access of a secondary IP and of IPv6: the 6.0 handbook’s words (Decision, §5.2.1)', () => {
    // FortiOS 6.0.0 Handbook (docs.fortinet.com/document/fortigate/6.0.0/handbook/909236) for the
    // secondary IP's list, as for the interface's; IPv6: system_interface.json's `ip6-allowaccess`
    // (poroping/terraform-provider-fortios), which has no `capwap`, and the handbook's `capwap`.
    cli.run('config system interface');
    cli.run('edit internal');
    cli.run('config secondaryip');
    cli.run('edit 1');
    const secondary = cli.run('set allowaccess ?').output.split('\n');
    expect(secondary).toContain('capwap         CAPWAP access.');
    expect(secondary).toContain('ftm            FortiToken Mobile Push access.');
    expect(secondary).toContain('probe-response Probe access.');
    cli.run('end');
    cli.run('config ipv6');
    expect(cli.run('set ip6-allowaccess ?').output).toBe(
      [
        'ping        PING access.',
        'https       HTTPS access.',
        'ssh         SSH access.',
        'snmp        SNMP access.',
        'http        HTTP access.',
        'telnet      TELNET access.',
        'fgfm        FortiManager access.',
        'capwap      CAPWAP access.',
      ].join('\n'),
    );
  });

  it('system interface scan-botnet-connections: the words the same key has in the policies', () => {
    // 6.2.1 CLI reference (docs.fortinet.com/document/fortigate/6.2.1/cli-reference/148620) and the
    // 6.0.6 handbook's "Botnet scanning" (docs.fortinet.com/document/fortigate/6.0.6/handbook/284094):
    // "disable means do not scan connections to botnet servers. block means block connections to
    // botnet servers. monitor means log connections to botnet servers."
    cli.run('config system interface');
    cli.run('edit wan1');
    expect(cli.run('set scan-botnet-connections ?').output).toBe(
      [
        'disable     Do not scan connections to botnet servers.',
        'block       Block connections to botnet servers.',
        'monitor     Log connections to botnet servers.',
      ].join('\n'),
    );
  });

  it('system interface options no source words keep the fallback (NO_SOURCE, §5.2.1)', () => {
    // No 6.2.7+ answer has `device-netscan` or `speed` `1000half` (system_interface.json).
    cli.run('config system interface');
    cli.run('edit wan1');
    cli.run('set device-identification enable');
    expect(cli.run('set device-netscan ?').output).toBe(
      'disable     Disable setting.\nenable      Enable setting.',
    );
    const speed = cli.run('set speed ?').output.split('\n');
    expect(speed).toContain('1000half    1000half');
    expect(speed).toContain('1000full    1000M full-duplex.');
  });

  it('system settings gui-endpoint-control: the Feature Visibility toggle’s words', () => {
    // poroping/terraform-provider-fortios v2/codegen/apischema/auto-merge/system_settings.json.
    cli.run('config system settings');
    expect(cli.run('set gui-endpoint-control ?').output).toBe(
      'enable      Enable endpoint control on the GUI.\ndisable     Disable endpoint control on the GUI.',
    );
  });

  it('system global timezone: each zone named by its cities', () => {
    // poroping/terraform-provider-fortios v2/codegen/apischema/auto-merge/system_global.json.
    cli.run('config system global');
    const lines = cli.run('set timezone ?').output.split('\n');
    expect(lines).toHaveLength(88);
    expect(lines[0]).toBe('01          (GMT-11:00) Midway Island, Samoa');
    expect(lines).toContain('04          (GMT-8:00) Pacific Time (US & Canada)');
    expect(lines).toContain('00          (GMT+12:00) Eniwetok, Kwajalein');
  });

  it('vpn ssl settings: toggles FortiOS words generically, and an option the device leaves unworded', () => {
    // poroping/terraform-provider-fortios v2/codegen/apischema/auto-merge/vpn.ssl_settings.json:
    // `algorithm`'s `default` has "missing_help" there, and its help is its own name.
    cli.run('config vpn ssl settings');
    expect(cli.run('set reqclientcert ?').output).toBe(
      'enable      Enable setting.\ndisable     Disable setting.',
    );
    expect(cli.run('set algorithm ?').output).toBe(
      [
        'high        High algorithms.',
        'medium      High and medium algorithms.',
        'default     default',
        'low         All algorithms.',
      ].join('\n'),
    );
  });

  it('an option no source words keeps the fallback (Decision, docs/fortios-6.0.md §5.2)', () => {
    cli.run('config system settings');
    expect(cli.run('set inspection-mode ?').output).toBe('proxy       proxy\nflow        flow');
  });
});
