/** A small seeded generator (mulberry32) so generated scenarios are the same on every build. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, used to turn a counter into a revision string that looks like the device's. */
export function fnv1a(text: string): string {
  return fnv1aStep(0x811c9dc5, text).toString(16).padStart(8, '0');
}

/** The FNV-1a state `h` after `text` (so a long text can be hashed in parts). */
export function fnv1aStep(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
