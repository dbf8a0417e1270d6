/**
 * Trusted hosts (docs/fortios-6.0.md §4.6.3): 6.0's `system admin` has ten IPv4 and ten IPv6 trusted
 * hosts, whose help says "Default allows access from any IPv4 address" and "… any IPv6 address"
 * (fortinet-ansible-dev/ansible-galaxy-fortios-collection `fortios_system_admin.py`, v6.0.x).
 */
import { describe, expect, it } from 'vitest';
import { buildScenario, FixedClock, type Row } from '../device';
import { apiUserTrusted, trusted } from './login';

function admin(patch: Row = {}): Row {
  const device = buildScenario('factory-default', new FixedClock());
  device.transact((tx) => tx.update('system admin', 'admin', patch));
  return device.find('system admin', 'admin') as Row;
}

describe('trusted hosts', () => {
  it('the factory admin may log in from anywhere, over IPv4 and IPv6', () => {
    const a = admin();
    expect(trusted(a, '198.51.100.7')).toBe(true);
    expect(trusted(a, '2001:db8::7')).toBe(true);
  });

  it('trusthost1 restricts IPv4 clients, IPv4-mapped ones included', () => {
    const a = admin({ trusthost1: '192.0.2.0 255.255.255.0' });
    expect(trusted(a, '192.0.2.10')).toBe(true);
    expect(trusted(a, '::ffff:192.0.2.10')).toBe(true);
    expect(trusted(a, '198.51.100.7')).toBe(false);
    expect(trusted(a, '::ffff:198.51.100.7')).toBe(false);
  });

  it('IPv4 trusted hosts leave IPv6 open while every ip6-trusthost is ::/0', () => {
    const a = admin({ trusthost1: '192.0.2.0 255.255.255.0' });
    expect(trusted(a, '2001:db8::7')).toBe(true);
  });

  it('ip6-trusthost1 restricts IPv6 clients by prefix, bracketed or with a zone too', () => {
    const a = admin({ 'ip6-trusthost1': '2001:db8:a::/48' });
    expect(trusted(a, '2001:db8:a:1::5')).toBe(true);
    expect(trusted(a, '[2001:db8:a::5]')).toBe(true);
    expect(trusted(a, '2001:db8:b::5')).toBe(false);
    expect(trusted(a, 'fe80::1%eth0')).toBe(false);
    // Not an address at all: refused, not trusted.
    expect(trusted(a, '2001:db8:a::1::2')).toBe(false);
    // The IPv4 side is still open (its hosts are all 0.0.0.0 0.0.0.0).
    expect(trusted(a, '198.51.100.7')).toBe(true);
  });

  it('a prefix that is not on a group boundary compares its bits', () => {
    const a = admin({ 'ip6-trusthost2': '2001:db8:ab00::/40' });
    expect(trusted(a, '2001:db8:abff::1')).toBe(true);
    expect(trusted(a, '2001:db8:ac00::1')).toBe(false);
  });
});

/**
 * An API user's trusted hosts are its `config trusthost` rows, each `type` (default `ipv4-trusthost`)
 * naming which of its two addresses counts (6.0.0 CLI reference, docs.fortinet.com/document/fortigate/
 * 6.0.0/cli-reference/883891; the FortiOS 6.0.4 REST API Reference's row is `edit 1` / `set
 * ipv4-trusthost 192.168.10.0 255.255.255.0`).
 */
describe("API users' trusted hosts", () => {
  function apiUser(...lines: string[]): Row {
    const device = buildScenario('factory-default', new FixedClock());
    device.transact((tx) =>
      tx.create('system api-user', {
        name: 'api-admin',
        accprofile: 'super_admin',
        trusthost: lines.map((l, i) =>
          l.includes(':')
            ? { id: i + 1, type: 'ipv6-trusthost', 'ipv6-trusthost': l }
            : { id: i + 1, 'ipv4-trusthost': l },
        ),
      }),
    );
    return device.find('system api-user', 'api-admin') as Row;
  }

  it("the REST reference's row admits its subnet only", () => {
    const u = apiUser('192.168.10.0 255.255.255.0');
    expect(apiUserTrusted(u, '192.168.10.7')).toBe(true);
    expect(apiUserTrusted(u, '::ffff:192.168.10.7')).toBe(true);
    expect(apiUserTrusted(u, '192.168.11.7')).toBe(false);
    expect(apiUserTrusted(u, '127.0.0.1')).toBe(false);
    // No IPv6 row: IPv6 stays open, as an admin's ::/0 defaults leave it.
    expect(apiUserTrusted(u, '2001:db8::7')).toBe(true);
  });

  it('several rows, IPv6 ones by prefix; a row at 0.0.0.0 0.0.0.0 restricts nothing', () => {
    const u = apiUser('10.0.0.0 255.0.0.0', '2001:db8:a::/48');
    expect(apiUserTrusted(u, '10.200.1.1')).toBe(true);
    expect(apiUserTrusted(u, '172.16.0.1')).toBe(false);
    expect(apiUserTrusted(u, '[2001:db8:a::5]')).toBe(true);
    expect(apiUserTrusted(u, '2001:db8:b::5')).toBe(false);
    expect(apiUserTrusted(apiUser('0.0.0.0 0.0.0.0'), '172.16.0.1')).toBe(true);
  });

  it('an API user with no trusted host row is open (Decision, docs §4.8), and the in-tab device too', () => {
    expect(apiUserTrusted(apiUser(), '198.51.100.7')).toBe(true);
    expect(apiUserTrusted(apiUser('192.168.10.0 255.255.255.0'), null)).toBe(true);
  });

  it("the row's type picks the address: an IPv6 row's IPv4 default does not open IPv4", () => {
    const u = apiUser('2001:db8::/32');
    expect(apiUserTrusted(u, '198.51.100.7')).toBe(true);
    expect(apiUserTrusted(u, '2001:db9::1')).toBe(false);
  });
});
