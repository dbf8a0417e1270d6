/**
 * The IPv4 address-and-mask arithmetic of the interface pages, in one place. The device stores an
 * address as `a.b.c.d m.m.m.m` with a contiguous mask (it refuses any other); the 6.0 GUI shows it as
 * `a.b.c.d/nn`.
 */

/** `255.255.255.0` → 24; null for anything that is not a contiguous IPv4 mask. */
export function prefixOf(mask: string): number | null {
  const parts = mask.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return null;
  const bits = parts.reduce((n, p) => n * 256 + p, 0);
  const ones = bits.toString(2).replace(/0+$/, '');
  return /^1*$/.test(ones) ? ones.length : null;
}

/** 24 → `255.255.255.0`. */
export function maskOf(prefix: number): string {
  const bits = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return [24, 16, 8, 0].map((s) => (bits >>> s) & 255).join('.');
}

/**
 * `"192.168.1.99 255.255.255.0"` → `192.168.1.99/24`, the way the GUI shows an address; a mask that
 * is not contiguous stays as it is (`ip mask`), an address without one is the address alone.
 */
export function toSlash(ipMask: string): string {
  const [ip, mask] = ipMask.trim().split(/\s+/);
  if (!ip) return '';
  if (!mask) return ip;
  const prefix = prefixOf(mask);
  return prefix === null ? `${ip} ${mask}` : `${ip}/${prefix}`;
}
