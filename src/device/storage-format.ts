/**
 * Saving the device between page loads, as a real device keeps its configuration across reboots.
 * Only what changed since the scenario was built is stored (tables compacted to non-default values);
 * loading rebuilds the scenario and lays the stored tables over it. Anything unreadable — bad JSON, an
 * old format, rows that do not fit the schema — falls back to the default scenario with a notice.
 */
import { hashClearSecrets } from './admin-password';
import type { Clock } from './clock';
import { CHANGE_LOG_SIZE, Device, pristineConfig, type LogEntry } from './config';
import { stateProblems } from './integrity';
import { compactRow, expandRow } from './rows';
import { multiOptionText } from './values';
import { tableSchema, tables, type FieldDef, type Row, type TableSchema } from './schema';

/** The keys the device keeps only as a one-way hash (`hash: 'SH2'`): what a stored device may hold in the clear. */
const HASHED_KEYS: ReadonlyArray<readonly [string, string]> = tables.flatMap((t) =>
  t.fields
    .filter((f) => f.type.kind === 'password' && f.type.hash === 'SH2')
    .map((f) => [t.path, f.name] as const),
);
import { DEFAULT_SCENARIO, buildScenario, isScenarioName, type ScenarioName } from './scenarios';
import { ENDPOINTS, type DeviceState, type EndpointInfo, type SavedRevision, type TableData } from './state';

/** Bump when the stored shape or the meaning of stored values changes. */
export const FORMAT_VERSION = 1;
export const STORAGE_KEY = 'fgsim.device';

interface StoredState {
  scenario: string;
  changes: number;
  tables: Record<string, Row[] | Row>;
  endpoints?: Record<string, EndpointInfo>;
}

interface Stored extends StoredState {
  format: number;
  revisions?: unknown;
  history?: unknown;
}

/**
 * One change log step as stored: who and when, and the change that makes its state — from the one
 * before, or (the first) from the stored device back to it.
 */
interface StoredStep {
  time: number;
  door: string;
  admin: string;
  back?: StoredChange;
  change?: StoredChange;
}

/** Saved revisions a device keeps (docs/fortios-6.0.md, Decision). */
export const MAX_REVISIONS = 50;
/** Their stored text, together, at most (the `large` scenario's whole backup is 3.3 MB). */
export const MAX_REVISION_BYTES = 8 * 1024 * 1024;

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

/** `"scenario":…,"changes":…,"tables":{…}[,"endpoints":…]`: a state as what differs from its scenario. */
function stateBody(state: DeviceState): string {
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
  const head = `"scenario":${JSON.stringify(state.scenario)},"changes":${state.changes}`;
  return `${head},"tables":{${tables.join(',')}}${endpoints === null ? '' : `,"endpoints":${endpoints}`}`;
}

/**
 * A state's configuration on its own (no revisions, no change log): what a saved revision keeps.
 * `importState` reads it back.
 */
export function snapshotText(state: DeviceState): string {
  return `{"format":${FORMAT_VERSION},${stateBody(state)}}`;
}

/** Each kept text of a saved revision or a change log step, per object (they never change). */
const keptTexts = new WeakMap<object, string>();

function kept<T extends object>(key: T, make: () => string): string {
  let text = keptTexts.get(key);
  if (text === undefined) {
    text = make();
    keptTexts.set(key, text);
  }
  return text;
}

/**
 * The change log as storage keeps it: the first entry as the change that takes the device now back to
 * it, each later one as the change from the one before (`changeBetween`), so it costs the size of the
 * changes, not of the device (on `large` the whole interface table is 560 kB). Null when a step
 * cannot be written as a change (within one device's log it always can; then the log is not kept).
 */
function historyText(device: Device): string | null {
  const entries = device.logEntries();
  const first = entries[0];
  if (!first || entries.length < 2) return null;
  const back = changeText(device.state, first.state);
  if (back === null) return null;
  const out = [`{${recordText(first.record)},"back":${back}}`];
  for (let i = 1; i < entries.length; i++) {
    const prev = entries[i - 1] as LogEntry;
    const entry = entries[i] as LogEntry;
    const text = kept(entry, () => {
      const change = changeBetween(prev.state, entry.state);
      return change ? `{${recordText(entry.record)},"change":${JSON.stringify(change)}}` : '';
    });
    if (text === '') return null;
    out.push(text);
  }
  return `[${out.join(',')}]`;
}

const recordText = (r: { time: number; door: string; admin: string }): string =>
  `"time":${r.time},"door":${JSON.stringify(r.door)},"admin":${JSON.stringify(r.admin)}`;

export function exportState(device: Device): string {
  const state = device.state;
  let text = `{"format":${FORMAT_VERSION},${stateBody(state)}`;
  if (state.revisions && state.revisions.length > 0)
    text += `,"revisions":[${state.revisions.map((r) => kept(r, () => JSON.stringify(r))).join(',')}]`;
  const history = historyText(device);
  if (history !== null) text += `,"history":${history}`;
  return `${text}}`;
}

export interface Loaded {
  device: Device;
  /** Set when stored data existed but could not be used. */
  notice: string | null;
  /** Set when the device was loaded but a part kept beside it (the change log, revisions) was not. */
  repaired?: string | null;
}

function fallback(clock: Clock, why: string): Loaded {
  return {
    device: buildScenario(DEFAULT_SCENARIO, clock),
    notice: `The saved configuration could not be loaded (${why}). The device was reset to the "${DEFAULT_SCENARIO}" scenario.`,
  };
}

/**
 * The state `stored` describes, laid over its scenario as `clock` builds it (or, for a state `like`
 * one of the same scenario, over the configuration that build had). Throws why it cannot.
 */
function stateOf(
  stored: StoredState,
  scenarios: Map<string, DeviceState>,
  clock: Clock,
  like?: DeviceState,
  check = true,
): DeviceState {
  if (!stored || typeof stored !== 'object') throw new Error('a stored state that is not an object');
  if (!isScenarioName(String(stored.scenario)))
    throw new Error(`unknown scenario "${String(stored.scenario)}"`);
  const name = stored.scenario as ScenarioName;
  let base = scenarios.get(name);
  const built = like && like.scenario === name ? pristineConfig(like) : undefined;
  if (!base && like && built) base = { ...like, config: built, touched: [] };
  if (!base) {
    base = buildScenario(name, clock).state;
    scenarios.set(name, base);
  }
  const config = { ...base.config };
  const touched: string[] = [];
  for (const [path, data] of Object.entries(stored.tables ?? {})) {
    const schema = tableSchema(path);
    if (!schema) throw new Error(`unknown table "${path}"`);
    config[path] = (
      Array.isArray(data) ? data.map((r) => storedRow(schema.fields, r)) : storedRow(schema.fields, data)
    ) as TableData;
    touched.push(path);
  }
  if (stored.endpoints) touched.push(ENDPOINTS);
  // Admin passwords and API keys a stored device holds in the clear (fgsim before SH2 hashes) are
  // hashed on load.
  const state = hashClearSecrets(
    {
      ...base,
      config,
      endpoints: stored.endpoints ?? base.endpoints,
      changes: Number(stored.changes) || 0,
      touched,
    },
    HASHED_KEYS,
  );
  // A saved revision (read `like` the device it belongs to) is not checked whole here — on `large`
  // that takes most of a second: restoring it is a transaction, which checks every row it makes.
  if (like || !check) return state;
  const problems = stateProblems(state);
  if (problems.length > 0) throw new Error(problems[0] ?? 'invalid data');
  return state;
}

const isRevision = (r: unknown): r is SavedRevision => {
  const v = r as SavedRevision;
  return (
    !!v &&
    typeof v === 'object' &&
    Number.isSafeInteger(v.id) &&
    v.id > 0 &&
    Number.isFinite(v.time) &&
    typeof v.admin === 'string' &&
    typeof v.firmware === 'string' &&
    typeof v.comment === 'string' &&
    typeof v.snapshot === 'string'
  );
};

/**
 * The saved revisions of a stored device, repaired: entries that are not revisions, repeat an id or
 * go past the bounds are left out, and `why` says so.
 */
function revisionsOf(stored: unknown): { revisions: SavedRevision[]; why: string | null } {
  if (stored === undefined) return { revisions: [], why: null };
  const list = Array.isArray(stored) ? stored : [];
  const revisions: SavedRevision[] = [];
  const ids = new Set<number>();
  let bytes = 0;
  for (const r of list) {
    if (!isRevision(r) || ids.has(r.id) || revisions.length >= MAX_REVISIONS) continue;
    bytes += r.snapshot.length + r.comment.length;
    if (bytes > MAX_REVISION_BYTES) break;
    ids.add(r.id);
    revisions.push({
      id: r.id,
      time: r.time,
      admin: r.admin,
      firmware: r.firmware,
      comment: r.comment,
      snapshot: r.snapshot,
    });
  }
  revisions.sort((a, b) => a.id - b.id);
  const why =
    Array.isArray(stored) && revisions.length === list.length
      ? null
      : 'some saved revisions could not be read and were left out';
  return { revisions, why };
}

/**
 * The change log of a stored device, as the steps `Device` takes: the first with its state, each
 * later one made by its change. Its last step must be `current` (the stored device itself); a log
 * that does not lead there, or cannot be read, is dropped (null) and the log starts again.
 */
function historyOf(
  stored: unknown,
  current: DeviceState,
): Array<{ time: number; door: string; admin: string; state: DeviceState }> | null {
  if (!Array.isArray(stored) || stored.length < 2 || stored.length > CHANGE_LOG_SIZE + 1) return null;
  const steps: Array<{ time: number; door: string; admin: string; state: DeviceState }> = [];
  for (const [i, raw] of (stored as StoredStep[]).entries()) {
    if (!raw || typeof raw !== 'object') return null;
    const { time, door, admin } = raw;
    if (!Number.isFinite(time) || typeof door !== 'string' || typeof admin !== 'string') return null;
    const prev = steps[i - 1];
    const state =
      i === 0
        ? applyChange(current, raw.back as StoredChange)
        : applyChange(prev?.state as DeviceState, raw.change as StoredChange);
    if (i > 0 && state.changes <= (prev?.state.changes ?? 0)) return null;
    steps.push({ time, door, admin, state });
  }
  const last = steps[steps.length - 1];
  if (!last || last.state.changes !== current.changes || last.state.scenario !== current.scenario)
    return null;
  last.state = current;
  return steps;
}

/**
 * The device `text` (`exportState`'s or `snapshotText`'s) describes. `like`, a state of the same
 * device, lets a snapshot of its scenario be laid over what that scenario was built with.
 */
export function importState(text: string | null, clock: Clock, like?: DeviceState): Loaded {
  return load(text, clock, like, true);
}

/** `importState`; `check` false leaves the whole-state check to the caller (importLogged, after the log). */
function load(text: string | null, clock: Clock, like: DeviceState | undefined, check: boolean): Loaded {
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
  const scenarios = new Map<string, DeviceState>();
  let state: DeviceState;
  try {
    state = stateOf(stored, scenarios, clock, like, check);
  } catch (e) {
    return fallback(clock, (e as Error).message);
  }
  const repairs: string[] = [];
  const { revisions, why } = revisionsOf(stored.revisions);
  if (why) repairs.push(why);
  if (revisions.length > 0) state = { ...state, revisions };
  let history: ReturnType<typeof historyOf> = null;
  if (stored.history !== undefined) {
    try {
      history = historyOf(stored.history, state);
    } catch {
      history = null;
    }
    if (!history) repairs.push('the change log could not be read; it starts again from now');
  }
  return {
    device: new Device(state, clock, history ?? undefined),
    notice: null,
    repaired:
      repairs.length > 0 ? `The saved configuration was loaded, but ${repairs.join(', and ')}.` : null,
  };
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
  /** Saved revisions added or changed (`put`) and deleted (by id). */
  revisions?: { put: SavedRevision[]; del: number[] };
  /** Set when the device rebooted (a revision restored). */
  bootTime?: number;
  /**
   * The change log steps the change was made of (one per committed transaction), each with the
   * change from the step before; the last step's change is this change's result, so it has none.
   */
  log?: Array<{ time: number; door: string; admin: string; change?: StoredChange }>;
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
function rawChangeBetween(before: DeviceState, after: DeviceState): StoredChange | null {
  if (
    before.scenario !== after.scenario ||
    before.identity !== after.identity ||
    before.links !== after.links
  )
    return null;
  const change: StoredChange = { changes: after.changes };
  if (before.bootTime !== after.bootTime) change.bootTime = after.bootTime;
  if (before.revisions !== after.revisions) {
    const was = new Map((before.revisions ?? []).map((r) => [r.id, r]));
    const now = after.revisions ?? [];
    const ids = new Set(now.map((r) => r.id));
    change.revisions = {
      put: now.filter((r) => was.get(r.id) !== r),
      del: [...was.keys()].filter((id) => !ids.has(id)),
    };
  }
  for (const path of Object.keys(after.config)) {
    const was = before.config[path];
    const now = after.config[path];
    if (was === now || now === undefined) continue;
    const schema = tableSchema(path);
    if (!schema || was === undefined) return null;
    change.tables ??= {};
    if (!Array.isArray(now) || !Array.isArray(was)) {
      if (Array.isArray(now)) return null;
      change.tables[path] = { row: now };
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
      rows: now.slice(start, now.length - end),
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

export function changeBetween(before: DeviceState, after: DeviceState): StoredChange | null {
  const change = rawChangeBetween(before, after);
  if (!change?.tables) return change;
  const tables: NonNullable<StoredChange['tables']> = {};
  for (const [path, t] of Object.entries(change.tables)) {
    const fields = (tableSchema(path) as TableSchema).fields;
    tables[path] =
      'row' in t
        ? { row: compactRow(fields, t.row) }
        : { ...t, rows: t.rows.map((r) => compactRow(fields, r)) };
  }
  return { ...change, tables };
}

/**
 * `JSON.stringify(changeBetween(before, after))`, with each row's text the one kept with the row
 * (rowText): the change that takes the device back to its oldest logged state is written at every
 * save, and on `large` it spans most of the interface table.
 */
function changeText(before: DeviceState, after: DeviceState): string | null {
  const change = rawChangeBetween(before, after);
  if (!change) return null;
  const parts = [`"changes":${change.changes}`];
  if (change.bootTime !== undefined) parts.push(`"bootTime":${change.bootTime}`);
  if (change.revisions) parts.push(`"revisions":${JSON.stringify(change.revisions)}`);
  if (change.tables) {
    const tables = Object.entries(change.tables).map(([path, t]) => {
      const fields = (tableSchema(path) as TableSchema).fields;
      const text =
        'row' in t
          ? `{"row":${rowText(fields, t.row)}}`
          : `{"at":${t.at},"del":${t.del},"rows":[${t.rows.map((r) => rowText(fields, r)).join(',')}]}`;
      return `${JSON.stringify(path)}:${text}`;
    });
    parts.push(`"tables":{${tables.join(',')}}`);
  }
  if (change.endpoints) parts.push(`"endpoints":${JSON.stringify(change.endpoints)}`);
  return `{${parts.join(',')}}`;
}

/** Thrown by `applyChange` for a stored change that does not fit the state it is laid over. */
export class UnusableChange extends Error {}

/**
 * A stored row as the device holds it: expanded, and with its multi-option values in the device's
 * order. A device an older fgsim stored kept them in the order typed; the device stores them in its
 * option list's order (docs/fortios-6.0.md §3), so they are put in that order when read back.
 */
function storedRow(fields: readonly FieldDef[], compact: Row): Row {
  return multiOptionsInOrder(fields, expandRow(fields, compact));
}

function multiOptionsInOrder(fields: readonly FieldDef[], row: Row): Row {
  let out: Row | undefined;
  for (const f of fields) {
    const v = row[f.name];
    const t = f.type;
    let next = v;
    if (t.kind === 'multi-option' && typeof v === 'string')
      next = multiOptionText(t, v.split(' ').filter(Boolean));
    else if (t.kind === 'sub-object' && v && typeof v === 'object' && !Array.isArray(v))
      next = multiOptionsInOrder(t.fields, v as Row);
    else if (t.kind === 'sub-table' && Array.isArray(v)) {
      const rows = (v as Row[]).map((r) => multiOptionsInOrder(t.fields, r));
      if (rows.some((r, i) => r !== (v as Row[])[i])) next = rows;
    }
    if (next !== v) (out ??= { ...row })[f.name] = next as Row[string];
  }
  return out ?? row;
}

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
      config[path] = storedRow(schema.fields, data.row);
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
      next.splice(at, del, ...rows.map((r) => storedRow(schema.fields, r)));
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
  const next: DeviceState = { ...state, config, endpoints, changes: change.changes, touched: [...touched] };
  if (change.bootTime !== undefined) {
    if (!Number.isFinite(change.bootTime))
      throw new UnusableChange('a stored boot time that is not a number');
    next.bootTime = change.bootTime;
  }
  if (change.revisions) {
    const { put, del } = change.revisions;
    if (!Array.isArray(put) || !Array.isArray(del) || !put.every(isRevision))
      throw new UnusableChange('a stored revision change of the wrong shape');
    const byId = new Map((state.revisions ?? []).map((r) => [r.id, r]));
    for (const id of del) byId.delete(Number(id));
    for (const r of put) byId.set(r.id, r);
    next.revisions = [...byId.values()].sort((a, b) => a.id - b.id);
  }
  return next;
}

/** The log steps of one stored change, laid over `from` (the state before it) and ending at `to`. */
export function stepsOf(
  from: DeviceState,
  to: DeviceState,
  change: StoredChange,
): Array<{ time: number; door: string; admin: string; state: DeviceState }> | undefined {
  const log = change.log;
  if (!Array.isArray(log) || log.length === 0) return undefined;
  const steps: Array<{ time: number; door: string; admin: string; state: DeviceState }> = [];
  let state = from;
  for (const [i, step] of log.entries()) {
    if (
      !step ||
      !Number.isFinite(step.time) ||
      typeof step.door !== 'string' ||
      typeof step.admin !== 'string'
    )
      return undefined;
    state = i === log.length - 1 ? to : applyChange(state, step.change as StoredChange);
    steps.push({ time: step.time, door: step.door, admin: step.admin, state });
  }
  return steps;
}

/**
 * `change` with the log steps the device took from `before` to its state now (the transactions a
 * request committed), so storage keeps the change log too. Unchanged when the log does not reach back
 * to `before`.
 */
export function withSteps(device: Device, before: DeviceState, change: StoredChange): StoredChange {
  const entries = device.logEntries();
  const at = entries.findIndex((e) => e.state === before);
  if (at < 0 || at === entries.length - 1) return change;
  const log: NonNullable<StoredChange['log']> = [];
  for (let i = at + 1; i < entries.length; i++) {
    const { record, state } = entries[i] as LogEntry;
    const step: NonNullable<StoredChange['log']>[number] = {
      time: record.time,
      door: record.door,
      admin: record.admin,
    };
    if (i < entries.length - 1) {
      const c = changeBetween((entries[i - 1] as LogEntry).state, state);
      if (!c) return change;
      step.change = c;
    }
    log.push(step);
  }
  return { ...change, log };
}

/**
 * A snapshot (`exportState`'s text) with the change log written after it: the device the last
 * writer had. Anything unusable falls back to the default scenario with a notice, as `importState`.
 */
export function importLogged(text: string | null, log: readonly unknown[], clock: Clock): Loaded {
  // The snapshot is checked whole once, as the log leaves it (on `large` a check takes most of a
  // second): below when there is a log, else by importState.
  const loaded = load(text, clock, undefined, log.length === 0);
  if (loaded.notice || log.length === 0) return loaded;
  try {
    const device = loaded.device;
    for (const change of log) {
      const before = device.state;
      const state = applyChange(before, change as StoredChange);
      let steps;
      try {
        steps = stepsOf(before, state, change as StoredChange);
      } catch {
        steps = undefined;
      }
      device.adopt(state, steps);
    }
    // A log written before admin passwords were hashed may set one in the clear (a reversible form).
    const hashed = hashClearSecrets(device.state, HASHED_KEYS);
    if (hashed !== device.state) device.adopt(hashed);
    const problems = stateProblems(device.state);
    if (problems.length > 0) return fallback(clock, problems[0] ?? 'invalid data');
    return { device, notice: null, repaired: loaded.repaired ?? null };
  } catch (e) {
    return fallback(clock, (e as Error).message);
  }
}
