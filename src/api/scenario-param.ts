/**
 * `?scenario=<name>` on the console's address opens that scenario fresh (storage-writer.ts). The page
 * takes the parameter off its address before the console first reads it (src/device-loading.ts): a
 * console that kept it would carry it into its next navigation, and the next reload would open the
 * scenario again over the user's changes. This module has no dependencies, so the boot can use it
 * without pulling in the device.
 */
const SCENARIO_PARAM = 'scenario';

export interface ScenarioRequest {
  /** The scenario asked for, or null when the address does not ask for one. */
  requested: string | null;
  /** The query string without the parameter (`''` or `?…`). */
  rest: string;
}

export function takeScenario(search: string): ScenarioRequest {
  const params = new URLSearchParams(search);
  const requested = params.get(SCENARIO_PARAM);
  params.delete(SCENARIO_PARAM);
  const rest = params.toString();
  return { requested, rest: rest ? `?${rest}` : '' };
}
