/**
 * Saving the device between page loads, as a real device keeps its configuration across reboots.
 * Only what changed since the scenario was built is stored (tables compacted to non-default values);
 * loading rebuilds the scenario and lays the stored tables over it. Anything unreadable — bad JSON, an
 * old format, rows that do not fit the schema — falls back to the default scenario with a notice.
 */
import type { Clock } from './clock';
import { Device } from './config';
import { stateProblems } from './integrity';
import { compactRow, expandRow } from './rows';
import { tableSchema, type Row } from './schema';
import { DEFAULT_SCENARIO, buildScenario, isScenarioName, type ScenarioName } from './scenarios';
import { ENDPOINTS, type EndpointInfo, type TableData } from './state';

/** Bump when the stored shape or the meaning of stored values changes. */
export const FORMAT_VERSION = 1;
export const STORAGE_KEY = 'fgsim.device';

interface Stored {
  format: number;
  scenario: string;
  changes: number;
  tables: Record<string, Row[] | Row>;
  endpoints?: Record<string, EndpointInfo>;
}

export function exportState(device: Device): string {
  const state = device.state;
  const stored: Stored = {
    format: FORMAT_VERSION,
    scenario: state.scenario,
    changes: state.changes,
    tables: {},
  };
  for (const path of state.touched) {
    if (path === ENDPOINTS) {
      stored.endpoints = state.endpoints;
      continue;
    }
    const schema = tableSchema(path);
    const data = state.config[path];
    if (!schema || data === undefined) continue;
    stored.tables[path] = Array.isArray(data)
      ? data.map((r) => compactRow(schema.fields, r))
      : compactRow(schema.fields, data);
  }
  return JSON.stringify(stored);
}

export interface Loaded {
  device: Device;
  /** Set when stored data existed but could not be used. */
  notice: string | null;
}

function fallback(clock: Clock, why: string): Loaded {
  return {
    device: buildScenario(DEFAULT_SCENARIO, clock),
    notice: `The saved configuration could not be loaded (${why}). The device was reset to the "${DEFAULT_SCENARIO}" scenario.`,
  };
}

export function importState(text: string | null, clock: Clock): Loaded {
  if (text === null) return { device: buildScenario(DEFAULT_SCENARIO, clock), notice: null };
  let stored: Stored;
  try {
    stored = JSON.parse(text) as Stored;
  } catch {
    return fallback(clock, 'unreadable data');
  }
  if (!stored || typeof stored !== 'object' || stored.format !== FORMAT_VERSION)
    return fallback(
      clock,
      `format ${String((stored as Partial<Stored> | null)?.format ?? 'unknown')}, expected ${FORMAT_VERSION}`,
    );
  if (!isScenarioName(String(stored.scenario)))
    return fallback(clock, `unknown scenario "${String(stored.scenario)}"`);
  try {
    const base = buildScenario(stored.scenario as ScenarioName, clock).state;
    const config = { ...base.config };
    const touched: string[] = [];
    for (const [path, data] of Object.entries(stored.tables ?? {})) {
      const schema = tableSchema(path);
      if (!schema) return fallback(clock, `unknown table "${path}"`);
      config[path] = (
        Array.isArray(data) ? data.map((r) => expandRow(schema.fields, r)) : expandRow(schema.fields, data)
      ) as TableData;
      touched.push(path);
    }
    if (stored.endpoints) touched.push(ENDPOINTS);
    const state = {
      ...base,
      config,
      endpoints: stored.endpoints ?? base.endpoints,
      changes: Number(stored.changes) || 0,
      touched,
    };
    const problems = stateProblems(state);
    if (problems.length > 0) return fallback(clock, problems[0] ?? 'invalid data');
    return { device: new Device(state, clock), notice: null };
  } catch (e) {
    return fallback(clock, (e as Error).message);
  }
}
