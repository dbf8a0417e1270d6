import { describe, expect, it } from 'vitest';
import { maskOf, prefixOf, toSlash } from './ipv4';

describe('ipv4', () => {
  it('reads a contiguous mask as its prefix and writes a prefix back as a mask', () => {
    expect(prefixOf('255.255.252.0')).toBe(22);
    expect(prefixOf('0.0.0.0')).toBe(0);
    expect(maskOf(22)).toBe('255.255.252.0');
    expect(maskOf(32)).toBe('255.255.255.255');
  });

  it('has no prefix for a mask that is not contiguous or not a mask, and shows it as it is', () => {
    expect(prefixOf('255.0.255.0')).toBeNull();
    expect(prefixOf('255.255.256.0')).toBeNull();
    expect(toSlash('10.0.0.1 255.0.255.0')).toBe('10.0.0.1 255.0.255.0');
  });
});
