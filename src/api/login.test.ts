/**
 * Trusted hosts (docs/fortios-6.0.md §4.6.3): 6.0's `system admin` has ten IPv4 and ten IPv6 trusted
 * hosts, whose help says "Default allows access from any IPv4 address" and "… any IPv6 address"
 * (fortinet-ansible-dev/ansible-galaxy-fortios-collection `fortios_system_admin.py`, v6.0.x).
 */
import { describe, expect, it } from 'vitest';
import { buildScenario, FixedClock, type Row } from '../device';
import { trusted } from './login';

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
