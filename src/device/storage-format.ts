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
import { ENDPOINTS, type DeviceState, type EndpointInfo, type TableData } from './state';

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

/**
 * A row's stored text, kept per row object. Rows are copy-on-write (a change makes a new row object),
 * so a row's text never goes stale, and saving the `large` device after one change re-encodes one row
 * instead of 5,441 (the served state file writes this after every commit).
 */
const rowTexts = new WeakMap<Row, string>();

function rowText(fields: Parameters<typeof compactRow>[0], row: Row): string {
  let text = rowTexts.get(row);
  if (text === undefined) {
    text = JSON.stringify(compactRow(fields, row));
    rowTexts.set(row, text);
  }
  return text;
}

export function exportState(device: Device): string {
  const state = device.state;
  const tables: string[] = [];
  let endpoints: string | null = null;
  for (const path of state.touched) {
    if (path === ENDPOINTS) {
      endpoints = JSON.stringify(state.endpoints);
      continue;
    }
    const schema = tableSchema(path);
    const data = state.config[path];
    if (!schema || data === undefined) continue;
    const text = Array.isArray(data)
      ? `[${data.map((r) => rowText(schema.fields, r)).join(',')}]`
      : rowText(schema.fields, data);
    tables.push(`${JSON.stringify(path)}:${text}`);
  }
  // The same text JSON.stringify would make of a `Stored`, built from the rows' kept texts.
  const head = `{"format":${FORMAT_VERSION},"scenario":${JSON.stringify(state.scenario)},"changes":${state.changes}`;
  return `${head},"tables":{${tables.join(',')}}${endpoints === null ? '' : `,"endpoints":${endpoints}`}}`;
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

/**
 * One committed change as storage keeps it (the change log beside the snapshot): what became of each
 * table a commit touched, as a splice of compacted rows (or the single object), and the endpoints it
 * set or removed. Its size is the size of the change, not of the device.
 */
export interface StoredChange {
  /** The device's change counter after this change. */
  changes: number;
  tables?: Record<string, TableSplice | { row: Row }>;
  endpoints?: { set: Record<string, EndpointInfo>; del: string[] };
}

/** Rows `at` … `at + del - 1` replaced by `rows`. */
export interface TableSplice {
  at: number;
  del: number;
  rows: Row[];
}

/**
 * The change from `before` to `after`, when `after` came from `before` by commits (same scenario and
 * boot); null when it did not (a factory reset, a scenario switch): that needs a whole snapshot. Rows
 * are compared by identity — transactions copy on write — so unchanged rows cost nothing.
 */
export function changeBetween(before: DeviceState, after: DeviceState): StoredChange | null {
  if (
    before.scenario !== after.scenario ||
    before.bootTime !== after.bootTime ||
    before.identity !== after.identity ||
    before.links !== after.links
  )
    return null;
  const change: StoredChange = { changes: after.changes };
  for (const path of Object.keys(after.config)) {
    const was = before.config[path];
    const now = after.config[path];
    if (was === now || now === undefined) continue;
    const schema = tableSchema(path);
    if (!schema || was === undefined) return null;
    change.tables ??= {};
    if (!Array.isArray(now) || !Array.isArray(was)) {
      if (Array.isArray(now)) return null;
      change.tables[path] = { row: compactRow(schema.fields, now) };
      continue;
    }
    let start = 0;
    while (start < was.length && start < now.length && was[start] === now[start]) start++;
    let end = 0;
    while (
      end < was.length - start &&
      end < now.length - start &&
      was[was.length - 1 - end] === now[now.length - 1 - end]
    )
      end++;
    change.tables[path] = {
      at: start,
      del: was.length - start - end,
      rows: now.slice(start, now.length - end).map((r) => compactRow(schema.fields, r)),
    };
  }
  for (const path of Object.keys(before.config)) if (!(path in after.config)) return null;
  if (before.endpoints !== after.endpoints) {
    const set: Record<string, EndpointInfo> = {};
    const del: string[] = [];
    for (const uid of Object.keys(after.endpoints))
      if (after.endpoints[uid] !== before.endpoints[uid]) set[uid] = after.endpoints[uid] as EndpointInfo;
    for (const uid of Object.keys(before.endpoints)) if (!Object.hasOwn(after.endpoints, uid)) del.push(uid);
    change.endpoints = { set, del };
  }
  return change;
}

/** Thrown by `applyChange` for a stored change that does not fit the state it is laid over. */
export class UnusableChange extends Error {}

/** `state` with `change` applied: the state the writer had after it. Checks shape, not meaning. */
export function applyChange(state: DeviceState, change: StoredChange): DeviceState {
  if (!change || typeof change !== 'object' || !Number.isSafeInteger(change.changes))
    throw new UnusableChange('a stored change without its counter');
  const config = { ...state.config };
  const touched = new Set(state.touched);
  for (const [path, data] of Object.entries(change.tables ?? {})) {
    const schema = tableSchema(path);
    const was = config[path];
    if (!schema || was === undefined) throw new UnusableChange(`unknown table "${path}"`);
    if ('row' in data) {
      if (Array.isArray(was) || !data.row || typeof data.row !== 'object')
        throw new UnusableChange(`a stored change to "${path}" of the wrong shape`);
      config[path] = expandRow(schema.fields, data.row);
    } else {
      const { at, del, rows } = data;
      if (
        !Array.isArray(was) ||
        !Array.isArray(rows) ||
        !Number.isSafeInteger(at) ||
        !Number.isSafeInteger(del) ||
        at < 0 ||
        del < 0 ||
        at + del > was.length
      )
        throw new UnusableChange(`a stored change to "${path}" of the wrong shape`);
      const next = was.slice();
      next.splice(at, del, ...rows.map((r) => expandRow(schema.fields, r)));
      config[path] = next;
    }
    touched.add(path);
  }
  let endpoints = state.endpoints;
  if (change.endpoints) {
    const { set, del } = change.endpoints;
    if (!set || typeof set !== 'object' || !Array.isArray(del))
      throw new UnusableChange('a stored endpoint change of the wrong shape');
    endpoints = { ...endpoints };
    for (const [uid, info] of Object.entries(set))
      Object.defineProperty(endpoints, uid, {
        value: info,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    for (const uid of del) delete endpoints[String(uid)];
    touched.add(ENDPOINTS);
  }
  return { ...state, config, endpoints, changes: change.changes, touched: [...touched] };
}

/**
 * A snapshot (`exportState`'s text) with the change log written after it: the device the last
 * writer had. Anything unusable falls back to the default scenario with a notice, as `importState`.
 */
export function importLogged(text: string | null, log: readonly unknown[], clock: Clock): Loaded {
  const loaded = importState(text, clock);
  if (loaded.notice || log.length === 0) return loaded;
  try {
    let state = loaded.device.state;
    for (const change of log) state = applyChange(state, change as StoredChange);
    const problems = stateProblems(state);
    if (problems.length > 0) return fallback(clock, problems[0] ?? 'invalid data');
    return { device: new Device(state, clock), notice: null };
  } catch (e) {
    return fallback(clock, (e as Error).message);
  }
}
