/**
 * Configuration text as `show` prints it (reference §10): `config <path>` … `end`, rows as
 * `edit "<name>"` … `next` (integer ids unquoted), four spaces per level. `show` prints the values that
 * differ from the default; `show full-configuration` prints every one.
 */
import { sameValue } from '../rows';
import { appliesTo, type FieldDef, type Row, type TableSchema, type Value } from '../schema';
import type { TableData } from '../state';
import { quoted, setLine } from './field-values';

export interface ShowOptions {
  /** Every value, not only those that differ from the default. */
  full: boolean;
}

const pad = (depth: number): string => '    '.repeat(depth);

const printOrder = new WeakMap<TableSchema, readonly FieldDef[]>();
const secretsLastOrder = new WeakMap<readonly FieldDef[], readonly FieldDef[]>();

/**
 * `fields` with the secrets (`password` kind) moved after everything else, nested blocks too: a real
 * 6.0.6 backup prints `set vdom "root"`, `config gui-dashboard` … `end`, then `set password ENC SH2…`;
 * a 6.0.1 unit's `show user local` prints `passwd-time` before `passwd` (docs/fortios-6.0.md §4.6.3).
 * Computed once per field list.
 */
function secretsLast(fields: readonly FieldDef[]): readonly FieldDef[] {
  let ordered = secretsLastOrder.get(fields);
  if (!ordered) {
    // A secret the device prints in its place (`inPlace`, a phase1's `psksecret`) stays there.
    const secret = (f: FieldDef) => f.type.kind === 'password' && !f.inPlace;
    ordered = fields.some(secret) ? [...fields.filter((f) => !secret(f)), ...fields.filter(secret)] : fields;
    secretsLastOrder.set(fields, ordered);
  }
  return ordered;
}

/**
 * A table's fields in the order the CLI prints them (`show`, the backup file, the CLI diff): the
 * declared order, or, for a table with `typedKeysLast`, the keys of every row type first and then
 * those of some types (`onlyFor`), each group in the declared order (docs/fortios-6.0.md §4.6.1:
 * `set allow-routing` before `set subnet`); the secrets last either way.
 */
export function printedFields(schema: TableSchema): readonly FieldDef[] {
  let fields = printOrder.get(schema);
  if (!fields) {
    fields = secretsLast(
      schema.typedKeysLast
        ? [
            ...schema.fields.filter((f) => f.onlyFor === undefined),
            ...schema.fields.filter((f) => f.onlyFor !== undefined),
          ]
        : schema.fields,
    );
    printOrder.set(schema, fields);
  }
  return fields;
}

/** `edit "port1"` / `edit 1`. */
export function editLine(mkeyField: FieldDef | undefined, key: string): string {
  return mkeyField?.type.kind === 'integer' ? `edit ${key}` : `edit ${quoted(key)}`;
}

/**
 * The lines inside an object: its `set`s and nested `config` blocks, in the table's declared order
 * (docs/fortios-6.0.md §3) but for its secrets, which come last (`secretsLast`). Fields
 * that do not apply to the row's type are never printed; `show` leaves out defaults except the ones
 * the device always prints (`set vdom "root"`).
 */
export function objectLines(
  fields: readonly FieldDef[],
  row: Row,
  depth: number,
  opts: ShowOptions,
  skip?: string,
): string[] {
  const out: string[] = [];
  objectInto(out, fields, row, depth, opts, skip);
  return out;
}

/*
 * The printers append to one array rather than returning arrays to spread into their callers: on
 * `large` a whole `show` is 140,000 lines, and copying every level's lines into the next (and
 * spreading them as call arguments, which has a limit of its own) was most of its time.
 */
function objectInto(
  out: string[],
  fields: readonly FieldDef[],
  row: Row,
  depth: number,
  opts: ShowOptions,
  skip?: string,
): void {
  for (const f of secretsLast(fields)) {
    if (f.name === skip) continue;
    const v = row[f.name];
    if (v === undefined) continue;
    // `show` leaves out a plain value at its default before asking whether it belongs to the row: a
    // phase1 row has some 130 keys, most at their defaults (docs/fortios-6.0.md §4.8).
    if (!opts.full && v === f.default && !f.alwaysShown && typeof v !== 'object') continue;
    if (!appliesTo(f, row)) continue;
    const t = f.type;
    if (t.kind === 'sub-object') {
      // A sub-object's block prints in `show` too, empty when all its values are the defaults: a
      // 6.0.6 backup's `default` profile is three empty `config forticlient-…-settings` / `end`
      // blocks (docs/fortios-6.0.md §3, §4.5).
      out.push(`${pad(depth)}config ${f.name}`);
      objectInto(out, t.fields, v as Row, depth + 1, opts);
      out.push(`${pad(depth)}end`);
      continue;
    }
    if (t.kind === 'sub-table') {
      const rows = v as Row[];
      if (opts.full || rows.length > 0) {
        out.push(`${pad(depth)}config ${f.name}`);
        rowsInto(out, t.fields, t.mkey, rows, depth + 1, opts);
        out.push(`${pad(depth)}end`);
      }
      continue;
    }
    setInto(out, f, v, depth, opts);
  }
}

function setInto(out: string[], f: FieldDef, v: Value, depth: number, opts: ShowOptions): void {
  if (!opts.full && (f.autoAssigned || (!f.alwaysShown && sameValue(v, f.default)))) return;
  const line = setLine(f, v);
  if (line !== null) out.push(pad(depth) + line);
}

/** `edit …` / `next` blocks of a table's rows. */
export function rowsLines(
  fields: readonly FieldDef[],
  mkey: string,
  rows: readonly Row[],
  depth: number,
  opts: ShowOptions,
): string[] {
  const out: string[] = [];
  rowsInto(out, fields, mkey, rows, depth, opts);
  return out;
}

function rowsInto(
  out: string[],
  fields: readonly FieldDef[],
  mkey: string,
  rows: readonly Row[],
  depth: number,
  opts: ShowOptions,
): void {
  const mkeyField = fields.find((f) => f.name === mkey);
  for (const row of rows) {
    out.push(pad(depth) + editLine(mkeyField, String(row[mkey])));
    objectInto(out, fields, row, depth + 1, opts, mkey);
    out.push(`${pad(depth)}next`);
  }
}

/** A whole table (or single object) as a `config <path>` … `end` block. */
export function tableLines(schema: TableSchema, data: TableData, opts: ShowOptions): string[] {
  const out = [`config ${schema.path}`];
  const fields = printedFields(schema);
  if (Array.isArray(data)) rowsInto(out, fields, schema.mkey ?? 'name', data, 1, opts);
  else objectInto(out, fields, data, 1, opts);
  out.push('end');
  return out;
}

/** One row of a table, wrapped in its `config` block (what `show` prints inside `edit`). */
export function rowLines(schema: TableSchema, row: Row, opts: ShowOptions): string[] {
  return tableLines(schema, [row], opts);
}
