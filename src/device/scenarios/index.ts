import { FixedClock, type Clock } from '../clock';
import type { Device } from '../config';
import { factoryDefault, telemetryOff, telemetryOn } from './fgt60e';
import { large } from './large';

export const scenarios = {
  'telemetry-on': telemetryOn,
  'telemetry-off': telemetryOff,
  'factory-default': factoryDefault,
  large,
} as const satisfies Record<string, (clock: Clock) => Device>;

export type ScenarioName = keyof typeof scenarios;
export const scenarioNames = Object.keys(scenarios) as ScenarioName[];
export const DEFAULT_SCENARIO: ScenarioName = 'telemetry-on';

export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(scenarios, name);
}

/** Builds a named scenario afresh. The same name always gives the same device. */
export function buildScenario(name: ScenarioName, clock: Clock = new FixedClock()): Device {
  return scenarios[name](clock);
}
