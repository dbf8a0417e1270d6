/**
 * The configuration revision, in 6.0's dotted form (docs/fortios-6.0.md §5.3):
 * `<changes>.0.0.<configuration id>.<load time>`, e.g. `12.0.0.9539865665020678008.1546300800`.
 *
 * - `changes`: how many changes the configuration has had (the device's change counter).
 * - `0.0`: two parts fgsim keeps at zero (the captures show the second always 0; the third's meaning
 *   is not in the sources).
 * - `configuration id`: an unsigned 64-bit number, fixed for one configuration (a real unit keeps its
 *   own across a firmware upgrade); fgsim's comes from the scenario's name.
 * - `load time`: the epoch second the configuration was loaded (the device booted).
 *
 * Revisions are compared by their order (`compareRevisions`), never as strings.
 */
import { fnv1aStep } from './rng';
import type { DeviceState } from './state';

/** The revision of the configuration `state` holds; changes on every committed change. */
export function revisionOf(state: Pick<DeviceState, 'scenario' | 'changes' | 'bootTime'>): string {
  return `${state.changes}.0.0.${configurationId(state.scenario)}.${Math.floor(state.bootTime / 1000)}`;
}

const ids = new Map<string, string>();

/** A 64-bit number (as decimal) made from the scenario's name: the same on every build. */
export function configurationId(scenario: string): string {
  let id = ids.get(scenario);
  if (id === undefined) {
    const high = BigInt(fnv1aStep(0x811c9dc5, `config-id:high:${scenario}`));
    const low = BigInt(fnv1aStep(0x811c9dc5, `config-id:low:${scenario}`));
    id = ((high << 32n) | low).toString();
    ids.set(scenario, id);
  }
  return id;
}

const DOTTED = /^\d{1,20}(?:\.\d{1,20}){4}$/;

/** The five numbers of a dotted revision, or undefined for any other text. */
export function revisionParts(revision: string): bigint[] | undefined {
  return DOTTED.test(revision) ? revision.split('.').map((p) => BigInt(p)) : undefined;
}

/**
 * Negative when `a` came before `b`, positive after, 0 for the same revision; undefined when either
 * is not a revision. The change count decides; the other parts order revisions of equal count.
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

/** True when `a` and `b` name the same revision (`007.0.0.1.2` is `7.0.0.1.2`). */
export function sameRevision(a: string, b: string): boolean {
  return compareRevisions(a, b) === 0;
}
