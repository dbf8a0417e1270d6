/**
 * The FortiOS CLI that turns one configuration into another: `config <path>`, `edit`/`next` for the
 * rows that are new or changed, `set`/`unset` for the values that differ, nested `config` blocks for
 * sub-objects and sub-tables, `delete` for rows that are gone — nothing for what is the same, so the
 * diff of a state with itself is empty. Values are written as `show` writes them, in the same field
 * and table order, so the lines can be typed into the CLI (or pasted into the CLI Console) as they are.
 *
 * The order is the one a device can take: see `cliDiff`.
 */
import type { Clock } from '../clock';
import { Device } from '../config';
import { DeviceError } from '../errors';
import { defaultRow, referencesOf, sameValue } from '../rows';
import { tableRules } from '../rules';
import {
  appliesTo,
  conditionsOf,
  fieldOf,
  tableSchema,
  tables,
  type FieldDef,
  type Row,
  type TableSchema,
  type Value,
} from '../schema';
import type { DeviceState, TableData } from '../state';
import { quoted, setLine } from './field-values';
import { CliSession } from './cli-session';
import { editLine, printedFields } from './show';

const pad = (depth: number): string => '    '.repeat(depth);

/**
 * The lines that turn `a` into `b`, in the print order but for one thing: a key that opens another
 * is written before it, so the lines can be typed into the CLI (which hides a key until the keys it
 * depends on have the values it needs, src/device/cli/verbs/fields.ts). A real portal prints
 * `exclusive-routing` before the `split-tunneling disable` that opens it, and a phase1 its DNS
 * servers before `dns-mode`. A field that does not belong to `b` (`appliesTo`: a port's `vlanid`,
 * `manageip` in NAT mode) is not written: `show` does not print it, and the CLI refuses to set it.
 */
function objectDiff(fields: readonly FieldDef[], a: Row, b: Row, depth: number, skip?: string): string[] {
  const out: string[] = [];
  const written = new Set<string>();
  const write = (f: FieldDef): void => {
    if (written.has(f.name)) return;
    written.add(f.name);
    if (f.name === skip || f.readOnly || !appliesTo(f, b)) return;
    const before = a[f.name];
    const after = b[f.name];
    if (after === undefined || sameValue(before, after)) return;
    for (const { key } of conditionsOf(f)) {
      const opener = fieldOf(fields, key);
      if (opener) write(opener);
    }
    const t = f.type;
    if (t.kind === 'sub-object') {
      const inner = objectDiff(
        t.fields,
        (before as Row | undefined) ?? defaultRow(t.fields),
        after as Row,
        depth + 1,
      );
      if (inner.length > 0) out.push(`${pad(depth)}config ${f.name}`, ...inner, `${pad(depth)}end`);
      return;
    }
    if (t.kind === 'sub-table') {
      const inner = rowsDiff(
        t.fields,
        t.mkey,
        (before as Row[] | undefined) ?? [],
        after as Row[],
        depth + 1,
      );
      if (inner.length > 0) out.push(`${pad(depth)}config ${f.name}`, ...inner, `${pad(depth)}end`);
      return;
    }
    // `set` where it can say the value (`set fortiheartbeat disable`); `unset` for an empty secret.
    out.push(pad(depth) + (setLine(f, after) ?? `unset ${f.name}`));
  };
  for (const f of fields) write(f);
  return out;
}

function deleteLine(mkeyField: FieldDef | undefined, key: string): string {
  return mkeyField?.type.kind === 'integer' ? `delete ${key}` : `delete ${quoted(key)}`;
}

type Phase = 'edit' | 'delete';

/** The keys of the rows of `a` that `b` no longer has, last made first (a VLAN before its port). */
function goneKeys(
  mkey: string,
  a: readonly Row[],
  b: readonly Row[],
  include: (row: Row) => boolean = () => true,
): string[] {
  const after = new Set(b.map((r) => String(r[mkey])));
  const gone: string[] = [];
  for (let i = a.length - 1; i >= 0; i--) {
    const row = a[i]!;
    const key = String(row[mkey]);
    if (!after.has(key) && include(row)) gone.push(key);
  }
  return gone;
}

function rowsDiff(
  fields: readonly FieldDef[],
  mkey: string,
  a: readonly Row[],
  b: readonly Row[],
  depth: number,
  include: (row: Row) => boolean = () => true,
  phases: readonly Phase[] = ['delete', 'edit'],
): string[] {
  const mkeyField = fields.find((f) => f.name === mkey);
  const before = new Map(a.map((r) => [String(r[mkey]), r]));
  const out: string[] = [];
  if (phases.includes('delete'))
    for (const key of goneKeys(mkey, a, b, include)) out.push(pad(depth) + deleteLine(mkeyField, key));
  if (phases.includes('edit'))
    for (const row of b) {
      const key = String(row[mkey]);
      const old = before.get(key);
      // Copy-on-write keeps an unchanged row the same object: nothing to compare.
      if (old === row) continue;
      const base = old ?? { ...defaultRow(fields), [mkey]: row[mkey] as Value };
      const lines = objectDiff(fields, base, row, depth + 1, mkey);
      if ((old && lines.length === 0) || !include(row)) continue;
      out.push(pad(depth) + editLine(mkeyField, key), ...lines, `${pad(depth)}next`);
    }
  return out;
}

function tableDiff(
  schema: TableSchema,
  a: TableData,
  b: TableData,
  phase: Phase,
  include: (row: Row) => boolean = () => true,
): string[] {
  let body: string[] = [];
  if (schema.kind === 'table')
    body = rowsDiff(printedFields(schema), schema.mkey ?? 'name', a as Row[], b as Row[], 1, include, [
      phase,
    ]);
  else if (phase === 'edit' && include(b as Row))
    body = objectDiff(printedFields(schema), a as Row, b as Row, 1);
  return body.length > 0 ? [`config ${schema.path}`, ...body, 'end'] : [];
}

/**
 * Runs CLI lines on a copy of `state` and returns the state they make. Throws if any line is refused.
 * The lines are typed as they are, but their commits (a `next` each) are folded into one
 * (`Device.batch`): on `large` a commit checks whole tables (about 2 ms), so the 1,000 new rows of a
 * diff took 2.6 s line by line (0.83 s of CPU for 1,000 VLANs; 0.24 s folded). Each line still reads what the ones before it made; the checks run
 * once over all of it, and a refusal there throws too.
 */
export function applyCliLines(state: DeviceState, lines: readonly string[], clock: Clock): DeviceState {
  if (lines.length === 0) return state;
  const device = new Device(state, clock);
  const cli = new CliSession(device);
  try {
    device.batch(() => {
      for (const line of lines) {
        const { output } = cli.run(line);
        if (/Command fail|parse error|Unknown action/.test(output))
          throw new Error(`the device refused "${line.trim()}": ${output}`);
      }
    });
  } catch (e) {
    if (e instanceof DeviceError) throw new Error(`the device refused the lines: ${e.message}`);
    throw e;
  }
  return device.state;
}

/**
 * What a table's `delete` lines do, as one transaction: each `delete` the CLI runs is `tx.remove` in a
 * transaction of its own, and on `large` a commit checks every row that could refer to the one gone
 * (about 60 ms), so 400 deletions typed line by line took 11 s; in one transaction the rows that
 * could refer to them are read once. The lines are the same; a deletion the device refuses throws.
 */
function removeRows(
  state: DeviceState,
  schema: TableSchema,
  keys: readonly string[],
  clock: Clock,
): DeviceState {
  const device = new Device(state, clock);
  device.transact((tx) => {
    for (const key of keys) tx.remove(schema.path, key);
  });
  return device.state;
}

const rowsOf = (state: DeviceState, schema: TableSchema): Row[] => {
  const data = state.config[schema.path];
  return Array.isArray(data) ? data : [];
};

const MAX_PASSES = 8;

function findIn(state: DeviceState, path: string, key: string): Row | undefined {
  const rows = state.config[path];
  const mkey = tableSchema(path)?.mkey ?? 'name';
  return Array.isArray(rows) ? rows.find((r) => String(r[mkey]) === key) : undefined;
}

/** Another row of the same table that `to` has before `row`, so the block makes it first. */
function earlierInBlock(schema: TableSchema, to: DeviceState, row: Row, table: string, key: string): boolean {
  const rows = to.config[schema.path];
  if (table !== schema.path || !Array.isArray(rows)) return false;
  const mkey = schema.mkey ?? 'name';
  const at = rows.findIndex((r) => String(r[mkey]) === key);
  return at >= 0 && at < rows.indexOf(row);
}

/**
 * The CLI that turns `from` into `to`; empty when their configurations are the same.
 *
 * New and changed rows come first, table by table in `show` order, each table's lines applied to a
 * copy of the device before the next table is written, so that a row is written only once everything
 * it refers to exists: a row that refers to what a later table makes (SSL-VPN listening on a tunnel
 * that a phase1 further down makes) waits for the next pass, and so does a row whose owner (see
 * `TableRules.ownerOf`) is not yet as it will be. Then the rows that are gone, tables in the reverse
 * order, once nothing refers to them.
 */
export function cliDiff(from: DeviceState, to: DeviceState, clock: Clock): string[] {
  const out: string[] = [];
  let cur = from;
  const changed = tables.filter((t) => from.config[t.path] !== to.config[t.path]);
  /** Writes one table's lines of a phase and applies them to the copy. */
  const write = (schema: TableSchema, phase: Phase, include?: (row: Row) => boolean): void => {
    const lines = tableDiff(
      schema,
      cur.config[schema.path] as TableData,
      to.config[schema.path] as TableData,
      phase,
      include,
    );
    if (lines.length === 0) return;
    cur =
      phase === 'delete' && schema.kind === 'table'
        ? removeRows(
            cur,
            schema,
            goneKeys(schema.mkey ?? 'name', rowsOf(cur, schema), rowsOf(to, schema)),
            clock,
          )
        : applyCliLines(cur, lines, clock);
    out.push(...lines);
  };
  for (let pass = 0; ; pass++) {
    const waiting: string[] = [];
    const before = out.length;
    for (const schema of changed) {
      const device = new Device(cur, clock);
      const mkey = schema.mkey ?? 'name';
      const exists = (path: string, key: string): boolean =>
        tableSchema(path)?.kind === 'table' && device.find(path, key) !== undefined;
      const ready = (row: Row): boolean => {
        const owner = tableRules[schema.path]?.ownerOf?.(
          row,
          (p, k) => exists(p, k) || findIn(to, p, k) !== undefined,
        );
        if (owner) {
          const now = device.find(owner.path, owner.key);
          if (!now || !sameValue(now, findIn(to, owner.path, owner.key))) return false;
        }
        return referencesOf(schema.fields, row).every(
          (ref) => exists(ref.table, ref.name) || earlierInBlock(schema, to, row, ref.table, ref.name),
        );
      };
      const include = (row: Row): boolean => {
        if (ready(row)) return true;
        waiting.push(`${schema.path} ${String(row[mkey] ?? '')}`);
        return false;
      };
      write(schema, 'edit', include);
    }
    if (waiting.length === 0) break;
    if (out.length === before || pass >= MAX_PASSES) {
      // Rows that wait on each other (a phase1 bound to its own tunnel): written as they are.
      for (const schema of changed) write(schema, 'edit');
      break;
    }
  }
  for (const schema of [...changed].reverse()) write(schema, 'delete');
  return out;
}
