import { describe, expect, it } from 'vitest';
import { normaliseIpv6, normaliseIpv6Prefix } from './ipv6';

// The forms 6.0 prints: `set ip6 fdff:ffff::/120` (the factory SSL-VPN IPv6 pool), `::/0` and `::`
// (the defaults in a 6.0.1 unit's REST answer of vpn.ssl/settings: `"ipv6-dns-server1": "::"`).
describe('IPv6 values (docs/fortios-6.0.md §4.6)', () => {
  it('prints addresses compressed and in lower case', () => {
    expect(normaliseIpv6('FDFF:FFFF:0:0:0:0:0:0')).toBe('fdff:ffff::');
    expect(normaliseIpv6('0:0:0:0:0:0:0:0')).toBe('::');
    expect(normaliseIpv6('2001:db8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1');
    expect(normaliseIpv6('2001:0db8:0000:0001:0001:0001:0001:0001')).toBe('2001:db8:0:1:1:1:1:1');
    expect(normaliseIpv6('::ffff:192.0.2.1')).toBe('::ffff:c000:201');
    expect(normaliseIpv6(' 2001:db8::1 ')).toBe('2001:db8::1');
  });

  it('refuses what is not an address', () => {
    for (const bad of [
      '',
      ':',
      '1::2::3',
      '12345::',
      '1:2:3:4:5:6:7',
      '1:2:3:4:5:6:7:8:9',
      'g::',
      '::1.2.3.256',
      'x'.repeat(100),
    ])
      expect(normaliseIpv6(bad), bad).toBeNull();
  });

  it('prints prefixes as address/length, 0 to 128', () => {
    expect(normaliseIpv6Prefix('fdff:ffff::/120')).toBe('fdff:ffff::/120');
    expect(normaliseIpv6Prefix('::/0')).toBe('::/0');
    expect(normaliseIpv6Prefix('2001:DB8::1')).toBe('2001:db8::1/128');
    expect(normaliseIpv6Prefix('2001:db8::/129')).toBeNull();
    expect(normaliseIpv6Prefix('2001:db8::/')).toBeNull();
    expect(normaliseIpv6Prefix('2001:db8::/-1')).toBeNull();
  });
});
