/**
 * IPv6 addresses and prefixes as the device stores and prints them: lower case, the longest run of
 * zero groups written `::` (RFC 5952; 6.0 prints `fdff:ffff::/120`, `::/0`, `::`). Bounded: text
 * longer than any address is refused before it is looked at.
 */

const HEX_GROUP = /^[0-9a-f]{1,4}$/i;
const IPV4_TAIL = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
/** An address with an embedded IPv4 tail is at most 45 characters. */
const MAX_ADDRESS = 45;

/** The eight 16-bit groups of an IPv6 address, or null when the text is not one. */
export function ipv6Groups(text: string): number[] | null {
  if (text.length === 0 || text.length > MAX_ADDRESS) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    const words = part.split(':');
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? '';
      const v4 = i === words.length - 1 ? IPV4_TAIL.exec(w) : null;
      if (v4) {
        const octets = v4.slice(1).map(Number);
        if (octets.some((o) => o > 255)) return null;
        out.push(((octets[0] ?? 0) << 8) | (octets[1] ?? 0), ((octets[2] ?? 0) << 8) | (octets[3] ?? 0));
      } else if (HEX_GROUP.test(w)) out.push(parseInt(w, 16));
      else return null;
    }
    return out;
  };
  const head = parse(halves[0] ?? '');
  const tail = halves.length === 2 ? parse(halves[1] ?? '') : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...Array<number>(missing).fill(0), ...tail] : null;
}

/** The groups written as the device prints them. */
export function ipv6Text(groups: readonly number[]): string {
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < groups.length;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    if (j - i > bestLength) [best, bestLength] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLength).join(':')}`;
}

/** An IPv6 address in the device's form, or null. */
export function normaliseIpv6(text: string): string | null {
  const groups = ipv6Groups(text.trim());
  return groups && ipv6Text(groups);
}

/** `address/length` (0–128) in the device's form, or null; an address alone is a /128. */
export function normaliseIpv6Prefix(text: string): string | null {
  const t = text.trim();
  const slash = t.indexOf('/');
  const address = slash < 0 ? t : t.slice(0, slash);
  const length = slash < 0 ? '128' : t.slice(slash + 1);
  if (!/^\d{1,3}$/.test(length) || Number(length) > 128) return null;
  const norm = normaliseIpv6(address);
  return norm && `${norm}/${Number(length)}`;
}
