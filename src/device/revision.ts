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
 * Revisions are compared by their numbers, never as strings (src/revision-order.ts).
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

export { compareRevisions, revisionParts, sameRevision } from '../revision-order';
