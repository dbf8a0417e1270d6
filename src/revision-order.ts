/**
 * How two configuration revisions compare, for the device and the client alike (plain data, no
 * device code, so the console bundles only this). A 6.0 revision is dotted,
 * `<changes>.0.0.<configuration id>.<load time>` (docs/fortios-6.0.md §5.3), and revisions are
 * compared by their numbers, never as text: `007.0.0.1.2` is `7.0.0.1.2`.
 */
const DOTTED = /^\d{1,20}(?:\.\d{1,20}){4}$/;

/** The five numbers of a dotted revision, or undefined for any other text. */
export function revisionParts(revision: string): bigint[] | undefined {
  return DOTTED.test(revision) ? revision.split('.').map((p) => BigInt(p)) : undefined;
}

/**
 * Negative when `a` came before `b`, positive after, 0 for the same revision; undefined when either
 * is not a dotted revision. The change count decides; the other parts order revisions of equal count.
 */
export function compareRevisions(a: string, b: string): number | undefined {
  const x = revisionParts(a);
  const y = revisionParts(b);
  if (!x || !y) return undefined;
  for (let i = 0; i < x.length; i++) {
    const d = (x[i] as bigint) - (y[i] as bigint);
    if (d !== 0n) return d < 0n ? -1 : 1;
  }
  return 0;
}

/**
 * True when `a` and `b` name the same revision. Texts of another form (a newer FortiOS answers hex)
 * can only be told apart: they are the same when they are the same text.
 */
export function sameRevision(a: string, b: string): boolean {
  const order = compareRevisions(a, b);
  return order === undefined ? a === b : order === 0;
}
