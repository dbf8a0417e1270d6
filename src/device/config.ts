/**
 * The configuration tree and its transactions. Every change, from any door, runs inside
 * `device.transact`: it works on a copy-on-write draft, the commit checks references and the device's
 * own rules, and only then does the draft replace the state — so a rejected change leaves the device
 * exactly as it was.
 */
import type { Clock } from './clock';
import { DeviceError, badValue, duplicate, inUse, missingReference, notFound } from './errors';
import { revisionOf, sameRevision } from './revision';
import { applyPatch, defaultRow, referencesOf, refersTo, type HeldReference } from './rows';
import { tableRules, type Tx as RuleTx } from './rules';
import { tableSchema, tables, type Row, type TableSchema, type Value } from './schema';
import {
  ENDPOINTS,
  dictOf,
  own,
  type Config,
  type DeviceState,
  type EndpointInfo,
  type SavedRevision,
  type TableData,
} from './state';

function schemaOf(path: string): TableSchema {
  const schema = tableSchema(path);
  if (!schema) throw new DeviceError(-61, `unknown table: ${path}`);
  return schema;
}

export const mkeyOf = (schema: TableSchema): string => schema.mkey ?? 'name';

/**
 * name → position in one version of a table. A draft's copy of a table starts as a layer over its
 * base's index (positions are the same until a row is spliced out), so changing one row of the
 * `large` device's 5,440 interfaces does not re-index them all; every 32 layers it is rebuilt flat.
 */
class RowIndex {
  private readonly own = new Map<string, number>();
  private readonly removed = new Set<string>();

  constructor(
    private readonly parent?: RowIndex,
    readonly depth = 0,
  ) {}

  static of(rows: readonly Row[], mkey: string): RowIndex {
    const index = new RowIndex();
    rows.forEach((r, i) => index.own.set(String(r[mkey]), i));
    return index;
  }

  get(key: string): number | undefined {
    const i = this.own.get(key);
    if (i !== undefined || this.removed.has(key)) return i;
    return this.parent?.get(key);
  }

  set(key: string, i: number): void {
    this.own.set(key, i);
    this.removed.delete(key);
  }

  delete(key: string): void {
    this.own.delete(key);
    if (this.parent) this.removed.add(key);
  }
}

const MAX_INDEX_DEPTH = 32;
const indexCache = new WeakMap<Row[], RowIndex>();

/** name → position. Every mutation of a draft array keeps this cache true or drops it. */
function indexOf(rows: Row[], mkey: string): RowIndex {
  const hit = indexCache.get(rows);
  if (hit) return hit;
  const index = RowIndex.of(rows, mkey);
  indexCache.set(rows, index);
  return index;
}

/** Tables whose fields refer to each table: `system interface` → [phase1, ssl settings, interface…]. */
const referrers = new Map<string, TableSchema[]>(
  tables.map((t) => [t.path, tables.filter((other) => refersTo(other.fields, t.path))]),
);

/**
 * When a device that booted at `previous` is up again after a reboot at `now`: now, but always at
 * least a second after the previous boot, so that every reboot moves the boot epoch (the revision's
 * last part, `utc_last_reboot`, and what ends the login sessions, api/login.ts) even on the fixed
 * clock, where two reboots happen at the same moment (docs/fortios-6.0.md §3.2, Decision).
 */
export function nextBootTime(previous: number, now: number): number {
  return Math.max(now, previous + 1000);
}

/** A change in progress. Reads see the draft; nothing is visible outside until commit. */
export class Tx implements RuleTx {
  private readonly draft = new Map<string, TableData>();
  private readonly changedRows: Array<{ path: string; key: string | null }> = [];
  private readonly deletedRows: Array<{ path: string; key: string }> = [];
  private readonly draftEndpoints = new Map<string, EndpointInfo | undefined>();
  private endpointsChanged = false;
  private draftRevisions: readonly SavedRevision[] | null = null;
  private rebooted = false;

  constructor(
    private readonly base: DeviceState,
    readonly clock: Clock,
  ) {}

  /** The keys of the rows of `path` this transaction created or changed (in that order, repeats kept). */
  changedKeys(path: string): string[] {
    const keys: string[] = [];
    for (const c of this.changedRows) if (c.path === path && c.key !== null) keys.push(c.key);
    return keys;
  }

  /** The rows of a table as the draft sees them. Do not mutate; use create/update/remove. */
  rows(path: string): readonly Row[] {
    const data = this.draft.get(path) ?? this.base.config[path];
    if (!Array.isArray(data)) throw new DeviceError(-61, `${path} is not a table`);
    return data;
  }

  single(path: string): Row {
    const data = this.draft.get(path) ?? this.base.config[path];
    if (!data || Array.isArray(data)) throw new DeviceError(-61, `${path} is not a single object`);
    return data;
  }

  find(path: string, key: string): Row | undefined {
    const rows = this.rows(path) as Row[];
    const i = indexOf(rows, mkeyOf(schemaOf(path))).get(key);
    return i === undefined ? undefined : rows[i];
  }

  private writableRows(path: string): Row[] {
    const current = this.draft.get(path);
    if (current) return current as Row[];
    const base = this.rows(path) as Row[];
    const copy = [...base];
    const index = indexCache.get(base);
    if (index && index.depth < MAX_INDEX_DEPTH) indexCache.set(copy, new RowIndex(index, index.depth + 1));
    this.draft.set(path, copy);
    return copy;
  }

  /** Creates a row from a REST body / CLI `edit`. -5 when the key is taken. */
  create(path: string, body: unknown, opts: { internal?: boolean } = {}): Row {
    const schema = schemaOf(path);
    const mkey = mkeyOf(schema);
    const row = defaultRow(schema.fields);
    applyPatch(schema.fields, row, body, 'create');
    const key = String(row[mkey] ?? '');
    if (key === '') throw new DeviceError(-651, `${mkey} cannot be empty`, { field: mkey, value: '' });
    if (this.find(path, key)) throw duplicate(key);
    const rules = tableRules[path];
    if (!opts.internal) rules?.beforeCreate?.(row, this);
    const rows = this.writableRows(path);
    rows.push(row);
    indexCache.get(rows)?.set(key, rows.length - 1);
    this.changedRows.push({ path, key });
    rules?.afterCreate?.(row, this);
    return row;
  }

  /** Updates a row (or the single object when `key` is null) with the fields in `patch`. */
  update(path: string, key: string | null, patch: unknown, opts: { internal?: boolean } = {}): Row {
    const mode = opts.internal ? 'create' : 'update';
    const schema = schemaOf(path);
    const rules = tableRules[path];
    if (schema.kind === 'single') {
      const next = structuredClone(this.single(path));
      applyPatch(schema.fields, next, patch, mode);
      if (!opts.internal) rules?.beforeUpdate?.(this.single(path), next, this);
      rules?.afterUpdate?.(this.single(path), next, this);
      this.draft.set(path, next);
      this.changedRows.push({ path, key: null });
      return next;
    }
    if (key === null) throw new DeviceError(-651, 'missing key');
    const rows = this.writableRows(path);
    const i = indexOf(rows, mkeyOf(schema)).get(key);
    const before = i === undefined ? undefined : rows[i];
    if (i === undefined || !before) throw notFound(key);
    const next = structuredClone(before);
    applyPatch(schema.fields, next, patch, mode);
    const mkey = mkeyOf(schema);
    if (String(next[mkey]) !== key)
      throw new DeviceError(-651, `${mkey} cannot be changed`, { field: mkey, value: String(next[mkey]) });
    if (!opts.internal) rules?.beforeUpdate?.(before, next, this);
    rows[i] = next;
    this.changedRows.push({ path, key });
    rules?.afterUpdate?.(before, next, this);
    return next;
  }

  /** Deletes a row. Whether it is still referenced is checked at commit. */
  remove(path: string, key: string, opts: { internal?: boolean } = {}): void {
    const row = this.find(path, key);
    if (!row) throw notFound(key);
    const rules = tableRules[path];
    if (!opts.internal) rules?.beforeDelete?.(row, this);
    const rows = this.writableRows(path);
    const i = rows.indexOf(row);
    rows.splice(i, 1);
    // Removing the last row shifts no positions, so the index stays true (a restore removes from the end).
    if (i === rows.length) indexCache.get(rows)?.delete(key);
    else indexCache.delete(rows);
    this.deletedRows.push({ path, key });
    rules?.afterDelete?.(row, this);
  }

  /** `rename <a> to <b>` */
  rename(path: string, from: string, to: string): void {
    const schema = schemaOf(path);
    if (!this.find(path, from)) throw notFound(from);
    if (this.find(path, to)) throw duplicate(to);
    const refs = this.referencesTo(path, from);
    if (refs.length > 0) throw inUse(from);
    const rows = this.writableRows(path);
    const i = indexOf(rows, mkeyOf(schema)).get(from) ?? -1;
    const next = structuredClone(rows[i] as Row);
    applyPatch(schema.fields, next, { [mkeyOf(schema)]: to }, 'create');
    rows[i] = next;
    indexCache.delete(rows);
    this.deletedRows.push({ path, key: from });
    this.changedRows.push({ path, key: to });
    tableRules[path]?.afterRename?.(from, to, this);
  }

  /**
   * `move <a> before|after <b>` (REST `PUT …/<a>?action=move&before=<b>`): the row changes place in
   * the table, which is the order every door lists it in. -3-style missing rows answer "not found".
   */
  move(path: string, key: string, where: 'before' | 'after', other: string): void {
    const schema = schemaOf(path);
    if (!this.find(path, key)) throw notFound(key);
    if (!this.find(path, other)) throw notFound(other);
    if (key === other) return;
    const rows = this.writableRows(path);
    const mkey = mkeyOf(schema);
    const from = rows.findIndex((r) => String(r[mkey]) === key);
    const [row] = rows.splice(from, 1);
    const at = rows.findIndex((r) => String(r[mkey]) === other);
    rows.splice(where === 'before' ? at : at + 1, 0, row as Row);
    indexCache.delete(rows);
    this.changedRows.push({ path, key });
  }

  /** `clone <a> to <b>` */
  clone(path: string, from: string, to: string): Row {
    const schema = schemaOf(path);
    const source = this.find(path, from);
    if (!source) throw notFound(from);
    return this.create(path, { ...structuredClone(source), [mkeyOf(schema)]: to });
  }

  endpoint(uid: string): EndpointInfo | undefined {
    return this.draftEndpoints.has(uid) ? this.draftEndpoints.get(uid) : own(this.base.endpoints, uid);
  }

  endpointUids(): string[] {
    const uids = new Set(Object.keys(this.base.endpoints));
    for (const [uid, info] of this.draftEndpoints) {
      if (info) uids.add(uid);
      else uids.delete(uid);
    }
    return [...uids];
  }

  setEndpoint(uid: string, info: EndpointInfo | undefined): void {
    this.draftEndpoints.set(uid, info);
    this.endpointsChanged = true;
  }

  /** The saved configuration revisions as the draft sees them, oldest first. */
  revisions(): readonly SavedRevision[] {
    return this.draftRevisions ?? this.base.revisions ?? [];
  }

  setRevisions(list: readonly SavedRevision[]): void {
    this.draftRevisions = list;
  }

  /** The device comes back up when the change is committed (its uptime starts again). */
  reboot(): void {
    this.rebooted = true;
  }

  /** Every reference to `path`/`name` held anywhere in the draft. */
  referencesTo(path: string, name: string): Array<HeldReference & { from: string; key: string }> {
    const found: Array<HeldReference & { from: string; key: string }> = [];
    for (const schema of referrers.get(path) ?? []) {
      const data = this.draft.get(schema.path) ?? this.base.config[schema.path];
      const rows = Array.isArray(data) ? data : data ? [data] : [];
      for (const row of rows)
        for (const ref of referencesOf(schema.fields, row))
          if (ref.table === path && ref.name === name)
            found.push({
              ...ref,
              from: schema.path,
              key: schema.kind === 'table' ? String(row[mkeyOf(schema)]) : '',
            });
    }
    for (const extra of tableRules[path]?.extraReferences?.(name, this) ?? []) found.push(extra);
    return found;
  }

  /**
   * The first deleted row (in the order deleted) that something still refers to. The rows that could
   * refer to a table are read once for all its deletions, not once each.
   */
  private firstDeletedInUse(): string | undefined {
    const gone = new Map<string, Map<string, number>>();
    this.deletedRows.forEach(({ path, key }, i) => {
      if (this.find(path, key)) return;
      const keys = gone.get(path) ?? new Map<string, number>();
      if (!keys.has(key)) keys.set(key, i);
      gone.set(path, keys);
    });
    let first: { at: number; key: string } | undefined;
    const held = (key: string, at: number | undefined): void => {
      if (at !== undefined && (!first || at < first.at)) first = { at, key };
    };
    for (const [path, keys] of gone) {
      for (const schema of referrers.get(path) ?? []) {
        const data = this.draft.get(schema.path) ?? this.base.config[schema.path];
        const rows = Array.isArray(data) ? data : data ? [data] : [];
        for (const row of rows)
          for (const ref of referencesOf(schema.fields, row))
            if (ref.table === path) held(ref.name, keys.get(ref.name));
      }
      const extra = tableRules[path]?.extraReferences;
      if (extra) for (const [key, at] of keys) if (extra(key, this).length > 0) held(key, at);
    }
    return first?.key;
  }

  /** Checks the draft and returns the state it would become. Throws, changing nothing, if it may not. */
  commit(): DeviceState | null {
    if (
      this.changedRows.length === 0 &&
      this.deletedRows.length === 0 &&
      !this.endpointsChanged &&
      this.draftRevisions === null &&
      !this.rebooted
    )
      return null;
    for (const { path, key } of this.changedRows) {
      const schema = schemaOf(path);
      const row = key === null ? this.single(path) : this.find(path, key);
      if (!row) continue;
      for (const f of schema.fields)
        if (f.type.kind === 'reference' && !f.type.optional && row[f.name] === '')
          throw badValue(f.name, '', `${f.name} must be set`);
      for (const ref of referencesOf(schema.fields, row)) {
        const target = tableSchema(ref.table);
        const exists = target?.kind === 'table' && this.find(ref.table, ref.name) !== undefined;
        if (!exists) throw missingReference(ref.field, ref.name);
      }
    }
    const inUseKey = this.firstDeletedInUse();
    if (inUseKey !== undefined) throw inUse(inUseKey);
    const touchedPaths = new Set([...this.changedRows, ...this.deletedRows].map((c) => c.path));
    for (const path of touchedPaths) tableRules[path]?.check?.(this);
    return this.peek();
  }

  /**
   * The state the draft makes, without the checks `commit` runs first: what the transactions of a
   * `Device.batch` read while they are folded into this one. Its rows are the draft's, not copies.
   */
  peek(): DeviceState {
    const config: Config = { ...this.base.config };
    for (const [path, data] of this.draft) config[path] = data;
    let endpoints = this.base.endpoints;
    if (this.endpointsChanged) {
      endpoints = dictOf(endpoints);
      for (const [uid, info] of this.draftEndpoints) {
        if (info) endpoints[uid] = info;
        else delete endpoints[uid];
      }
    }
    const touched = new Set(this.base.touched);
    for (const path of this.draft.keys()) touched.add(path);
    if (this.endpointsChanged) touched.add(ENDPOINTS);
    const next: DeviceState = {
      ...this.base,
      config,
      endpoints,
      changes: this.base.changes + 1,
      touched: [...touched],
    };
    if (this.draftRevisions !== null) next.revisions = this.draftRevisions;
    if (this.rebooted) next.bootTime = nextBootTime(this.base.bootTime, this.clock.now());
    return next;
  }
}

export type Listener = (device: Device) => void;

/** Which door a change came through and which administrator made it. */
export interface ChangeOrigin {
  /** `GUI`, `CLI`, `SSH`, `REST`, or `device` for what the device does itself (building a scenario). */
  door: string;
  admin: string;
}

export const DEVICE_ORIGIN: ChangeOrigin = { door: 'device', admin: '' };

/** One committed change in the device's change log. */
export interface ChangeRecord extends ChangeOrigin {
  /** The revision the change made. */
  revision: string;
  /** Device clock, epoch ms. */
  time: number;
}

/** Changes the log keeps; older ones fold into the oldest state kept. */
export const CHANGE_LOG_SIZE = 500;

/** One step of the change log: the change's record and the state it made. */
export interface LogEntry {
  readonly record: ChangeRecord;
  readonly state: DeviceState;
}

/**
 * The configuration each scenario was built with, by the identity object every state made from that
 * build shares (states are copied with the same `identity`): what a saved revision of the same device
 * is laid over, without building the scenario again (the `large` one takes seconds).
 */
const pristine = new WeakMap<object, Map<string, Config>>();

/** The configuration `state`'s scenario was built with, when this process built or loaded it. */
export function pristineConfig(state: DeviceState): Config | undefined {
  return pristine.get(state.identity)?.get(state.scenario);
}

/** The simulated FortiGate: its state, its clock, and the only way to change it. */
export class Device {
  private listeners = new Set<Listener>();
  /**
   * The states the log can still tell apart, oldest first, each with the change that made it (the
   * first is the state the device was opened or replaced with). States are copy-on-write, so keeping
   * one costs only the tables its change copied.
   */
  private log: LogEntry[];
  /** The transaction every `transact` folds into while `batch` runs. */
  private batchTx: Tx | null = null;

  /**
   * `history` is a change log kept from before (read back from storage, ./persist.ts): its last
   * entry must be `current`. Without it the log starts at `current`.
   */
  constructor(
    private current: DeviceState,
    readonly clock: Clock,
    history?: ReadonlyArray<{ time: number; door: string; admin: string; state: DeviceState }>,
  ) {
    // A state with nothing changed since its scenario was built (the last step of every build).
    if (current.touched.length === 0) {
      let byScenario = pristine.get(current.identity);
      if (!byScenario) pristine.set(current.identity, (byScenario = new Map()));
      byScenario.set(current.scenario, current.config);
    }
    this.log =
      history && history.length > 0 && history[history.length - 1]?.state === current
        ? history.slice(-CHANGE_LOG_SIZE - 1).map(({ time, door, admin, state }) => ({
            record: { revision: revisionOf(state), time, door, admin },
            state,
          }))
        : [this.entry(DEVICE_ORIGIN)];
  }

  private entry(origin: ChangeOrigin): LogEntry {
    const { door, admin } = origin;
    return { record: { revision: this.revision, time: this.clock.now(), door, admin }, state: this.current };
  }

  /** The change log with the state each change made, oldest first (for persistence). */
  logEntries(): readonly LogEntry[] {
    return this.log;
  }

  get state(): DeviceState {
    return this.current;
  }

  /** Changes on every committed change; in 6.0's dotted form (./revision.ts). */
  get revision(): string {
    return revisionOf(this.current);
  }

  /** The change log, oldest first: the state the device started from, then each committed change. */
  changeLog(): ChangeRecord[] {
    return this.log.map((e) => e.record);
  }

  /** The state the device had at `revision`, while the log still keeps it. */
  stateAt(revision: string): DeviceState | undefined {
    return this.log.find((e) => sameRevision(e.record.revision, revision))?.state;
  }

  /** Rows of a table, or the single object. Treat as read-only. */
  read(path: string): TableData {
    const data = this.current.config[path];
    if (data === undefined) throw notFound(path);
    return data;
  }

  rows(path: string): readonly Row[] {
    const data = this.read(path);
    if (!Array.isArray(data)) throw new DeviceError(-61, `${path} is not a table`);
    return data;
  }

  single(path: string): Row {
    const data = this.read(path);
    if (Array.isArray(data)) throw new DeviceError(-61, `${path} is not a single object`);
    return data;
  }

  find(path: string, key: string): Row | undefined {
    const rows = this.rows(path) as Row[];
    const i = indexOf(rows, mkeyOf(schemaOf(path))).get(key);
    return i === undefined ? undefined : rows[i];
  }

  /** How many objects refer to a row — the `Ref.` column. */
  refCount(path: string, key: string): number {
    return new Tx(this.current, this.clock).referencesTo(path, key).length;
  }

  private refCountCache: { state: DeviceState; path: string; counts: Map<string, number> } | null = null;

  /** `Ref.` for every row of a table at once (one pass over the referring tables; cached per state). */
  refCounts(path: string): Map<string, number> {
    const hit = this.refCountCache;
    if (hit && hit.state === this.current && hit.path === path) return hit.counts;
    const counts = new Map<string, number>();
    const schema = schemaOf(path);
    if (schema.kind === 'table') {
      for (const referrer of referrers.get(path) ?? []) {
        const data = this.current.config[referrer.path];
        const rows = Array.isArray(data) ? data : data ? [data] : [];
        for (const row of rows)
          for (const ref of referencesOf(referrer.fields, row))
            if (ref.table === path) counts.set(ref.name, (counts.get(ref.name) ?? 0) + 1);
      }
      const tx = new Tx(this.current, this.clock);
      const extra = tableRules[path]?.extraReferences;
      if (extra)
        for (const row of this.rows(path)) {
          const key = String(row[mkeyOf(schema)]);
          const n = extra(key, tx).length;
          if (n) counts.set(key, (counts.get(key) ?? 0) + n);
        }
    }
    this.refCountCache = { state: this.current, path, counts };
    return counts;
  }

  /**
   * Runs `change` as one transaction: all of it is applied, or (when it throws) none of it. `origin`
   * says who made it, for the change log.
   */
  transact<T>(change: (tx: Tx) => T, origin: ChangeOrigin = DEVICE_ORIGIN): T {
    const folded = this.batchTx;
    if (folded) {
      const result = change(folded);
      this.current = folded.peek();
      return result;
    }
    const tx = new Tx(this.current, this.clock);
    const result = change(tx);
    const next = tx.commit();
    if (next) {
      this.current = next;
      this.push(this.entry(origin));
      this.notify();
    }
    return result;
  }

  /**
   * Runs `work` with every transaction it makes folded into one: each applies at once (what `work`
   * reads next sees it), the checks a commit makes run once, at the end, over all of it, and the
   * change log gets one entry. A failed check or a throw keeps none of it. For many small commits in
   * a row that each would check whole tables (a CLI diff's new rows on `large`: 1,000 `next`s).
   * Only for work that throws at the first refusal (a refused transaction may have been half applied).
   */
  batch<T>(work: () => T, origin: ChangeOrigin = DEVICE_ORIGIN): T {
    if (this.batchTx) return work();
    const start = this.current;
    const tx = new Tx(start, this.clock);
    this.batchTx = tx;
    let next: DeviceState | null;
    let result: T;
    try {
      result = work();
      this.batchTx = null;
      next = tx.commit();
    } finally {
      this.batchTx = null;
      this.current = start;
    }
    if (next) {
      this.current = next;
      this.push(this.entry(origin));
      this.notify();
    }
    return result;
  }

  /**
   * Replaces the whole state (factory reset, scenario switch, restore from storage); the log starts
   * again. DeviceHost.replace is the same verb one level up: it replaces the whole `Device`.
   */
  replace(state: DeviceState): void {
    this.current = { ...state, changes: Math.max(state.changes, this.current.changes + 1) };
    this.log = [this.entry(DEVICE_ORIGIN)];
    this.notify();
  }

  private push(entry: LogEntry): void {
    this.log.push(entry);
    if (this.log.length > CHANGE_LOG_SIZE + 1) this.log.splice(0, this.log.length - CHANGE_LOG_SIZE - 1);
  }

  /**
   * Takes a state this device's history already holds elsewhere — another tab's commits read from
   * storage (with the change log steps that made them, when storage kept them), or the state before a
   * change storage refused — as it is, revision included. Going back to a state the log holds drops
   * the steps after it. Listeners are not told: nothing new was committed here.
   */
  adopt(
    state: DeviceState,
    steps?: ReadonlyArray<{ time: number; door: string; admin: string; state: DeviceState }>,
  ): void {
    this.current = state;
    const at = this.log.findIndex((e) => e.state === state);
    if (at >= 0) {
      this.log.length = at + 1;
      return;
    }
    if (steps && steps.length > 0 && steps[steps.length - 1]?.state === state) {
      for (const { time, door, admin, state: s } of steps)
        this.push({ record: { revision: revisionOf(s), time, door, admin }, state: s });
      return;
    }
    this.log = [this.entry(DEVICE_ORIGIN)];
  }

  /** Becomes `other` (the same device read whole from storage): its state and its change log. */
  takeOver(other: Device): void {
    this.current = other.current;
    this.log = other.log.slice();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const l of this.listeners) l(this);
  }

  uptimeSeconds(): number {
    return Math.max(0, Math.floor((this.clock.now() - this.current.bootTime) / 1000));
  }
}

export type { Value };
