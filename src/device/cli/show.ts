/**
 * Configuration text as `show` prints it (reference §10): `config <path>` … `end`, rows as
 * `edit "<name>"` … `next` (integer ids unquoted), four spaces per level. `show` prints the values that
 * differ from the default; `show full-configuration` prints every one.
 */
import { sameValue } from '../rows';
import { appliesTo, isUnitRow, type FieldDef, type Row, type TableSchema, type Value } from '../schema';
import type { TableData } from '../state';
import { quoted, setLine } from './field-values';

export interface ShowOptions {
  /** Every value, not only those that differ from the default. */
  full: boolean;
}

const pads = ['', '    ', '        ', '            ', '                '];
const pad = (depth: number): string => pads[depth] ?? '    '.repeat(depth);

const printOrder = new WeakMap<TableSchema, readonly FieldDef[]>();
const secretsLastOrder = new WeakMap<readonly FieldDef[], readonly FieldDef[]>();

/**
 * `fields` with the secrets (`password` kind) moved after everything else, nested blocks too: a real
 * 6.0.6 backup prints `set vdom "root"`, `config gui-dashboard` … `end`, then `set password ENC SH2…`;
 * a 6.0.1 unit's `show user local` prints `passwd-time` before `passwd` (docs/fortios-6.0.md §4.6.3).
 * Not a field marked `secretInPlace`: 6.0.4 prints an API user's `set api-key` second (§4.8).
 * Computed once per field list.
 */
function secretsLast(fields: readonly FieldDef[]): readonly FieldDef[] {
  let ordered = secretsLastOrder.get(fields);
  if (!ordered) {
    // A secret the device prints in its place (`secretInPlace`: an API user's key, a phase1's
    // `psksecret`) stays there.
    const secret = (f: FieldDef) => f.type.kind === 'password' && !f.secretInPlace;
    ordered = fields.some(secret) ? [...fields.filter((f) => !secret(f)), ...fields.filter(secret)] : fields;
    secretsLastOrder.set(fields, ordered);
  }
  return ordered;
}

/** `fields` with the keys `first` names before the others, in its order (`cliFirst`). */
function namedFirst(fields: readonly FieldDef[], first: readonly string[]): readonly FieldDef[] {
  const named = first.flatMap((name) => fields.filter((f) => f.name === name));
  return [...named, ...fields.filter((f) => !first.includes(f.name))];
}

/**
 * A table's fields in the order the CLI prints them (`show`, the backup file, the CLI diff): the
 * declared order, or, for a table with `typedKeysLast`, the keys of every row type first and then
 * those of some types (`onlyFor`), each group in the declared order (docs/fortios-6.0.md §4.6.1:
 * `set allow-routing` before `set subnet`); a table's `cliFirst` keys before all the others (a
 * portal's modes, §4.6.4); the secrets last in every case.
 */
export function printedFields(schema: TableSchema): readonly FieldDef[] {
  let fields = printOrder.get(schema);
  if (!fields) {
    const typed = schema.typedKeysLast
      ? [
          ...schema.fields.filter((f) => f.onlyFor === undefined),
          ...schema.fields.filter((f) => f.onlyFor !== undefined),
        ]
      : schema.fields;
    fields = secretsLast(schema.cliFirst ? namedFirst(typed, schema.cliFirst) : typed);
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
  shown?: string[],
): void {
  const indent = pad(depth);
  const plan = planOf(fields, depth);
  const { order, names, defaults, lines, plain, always, auto, typed } = plan;
  const full = opts.full;
  for (let i = 0; i < order.length; i++) {
    const v = row[names[i] as string];
    // Most of a row is at its defaults (an interface has some 200 keys): `show` passes them first,
    // and the full configuration prints their lines from the plan, read from plain arrays.
    if (v === defaults[i] && v !== undefined) {
      if (!full && !always[i]) continue;
      if (plain[i] && (full || !auto[i])) {
        if (names[i] === skip || (typed[i] && !appliesTo(order[i] as FieldDef, row))) continue;
        const line = lines[i];
        if (line !== null && line !== undefined) {
          out.push(line);
          if (shown && always[i] && !auto[i]) shown.push(line);
        }
        continue;
      }
    }
    const f = order[i] as FieldDef;
    if (f.name === skip || v === undefined || (typed[i] && !appliesTo(f, row))) continue;
    const t = f.type;
    if (t.kind === 'sub-object') {
      // A sub-object's block prints in `show` empty when the field says so (`alwaysShown`): a 6.0.6
      // backup's `default` profile is three empty `config forticlient-…-settings` / `end` blocks
      // (docs/fortios-6.0.md §3, §4.5), where an interface's `config ipv6` prints only when set.
      const open = `${indent}config ${f.name}`;
      const start = out.push(open);
      const shownStart = shown?.push(open) ?? 0;
      objectInto(out, t.fields, v as Row, depth + 1, opts, undefined, shown);
      if (full || f.alwaysShown || out.length > start) out.push(`${indent}end`);
      else out.length = start - 1;
      if (shown) {
        if (f.alwaysShown || shown.length > shownStart) shown.push(`${indent}end`);
        else shown.length = shownStart - 1;
      }
      continue;
    }
    if (t.kind === 'sub-table') {
      const rows = v as Row[];
      if (rows.length > 0 || (full && !f.omitEmpty)) {
        const open = `${indent}config ${f.name}`;
        const inShow = shown && rows.length > 0 ? shown : undefined;
        out.push(open);
        inShow?.push(open);
        rowsInto(out, t.fields, t.mkey, rows, depth + 1, opts, inShow);
        out.push(`${indent}end`);
        inShow?.push(`${indent}end`);
      }
      continue;
    }
    if (!full && (f.autoAssigned || (!f.alwaysShown && sameValue(v, f.default)))) continue;
    const line = setLine(f, v);
    if (line === null) continue;
    out.push(indent + line);
    if (shown && !f.autoAssigned && (f.alwaysShown || !sameValue(v, f.default))) shown.push(indent + line);
  }
}

/**
 * What the printer reads of a field list at one depth, made once: the print order (`secretsLast`)
 * and, per field in that order, its name, default, the line it prints at its default, and its flags,
 * as plain arrays. The full configuration of `large` is a million lines, most of them defaults;
 * reading the field definitions themselves (objects of many shapes) for each was most of its time.
 */
interface PrintPlan {
  order: readonly FieldDef[];
  names: readonly string[];
  defaults: readonly Value[];
  /** The line at the default, indented (null: the field prints none). */
  lines: readonly (string | null)[];
  /** Not a nested block. */
  plain: readonly boolean[];
  always: readonly boolean[];
  auto: readonly boolean[];
  /** Applies to some rows only (`onlyFor`, `onlyWhen`). */
  typed: readonly boolean[];
}

const plans = new WeakMap<readonly FieldDef[], PrintPlan[]>();

function planOf(fields: readonly FieldDef[], depth: number): PrintPlan {
  let byDepth = plans.get(fields);
  if (!byDepth) plans.set(fields, (byDepth = []));
  let plan = byDepth[depth];
  if (!plan) {
    // A read-only key (a certificate's `state`, written by the device itself) is no line of a
    // configuration: a file that printed it could not be restored (docs/fortios-6.0.md §4.8.1).
    const printed = secretsLast(fields);
    const order = printed.some((f) => f.readOnly) ? printed.filter((f) => !f.readOnly) : printed;
    const plain = order.map((f) => f.type.kind !== 'sub-object' && f.type.kind !== 'sub-table');
    plan = {
      order,
      names: order.map((f) => f.name),
      defaults: order.map((f) => f.default),
      lines: order.map((f, i) => {
        if (!plain[i]) return null;
        const set = setLine(f, f.default);
        return set === null ? null : pad(depth) + set;
      }),
      plain,
      always: order.map((f) => !!f.alwaysShown),
      auto: order.map((f) => !!f.autoAssigned),
      typed: order.map((f) => f.onlyFor !== undefined || f.onlyWhen !== undefined),
    };
    byDepth[depth] = plan;
  }
  return plan;
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
  shown?: string[],
): void {
  const mkeyField = fields.find((f) => f.name === mkey);
  // A table's rows keep their `show` lines (below); the full configuration collects them as it
  // prints (`shown`), for the header's file version, instead of printing `show` a second time.
  const cache = depth === 1 ? shownRowsOf(fields) : undefined;
  for (const row of rows) {
    const kept = cache?.get(row);
    if (kept && !opts.full) {
      for (const line of kept) out.push(line);
      continue;
    }
    const edit = pad(depth) + editLine(mkeyField, String(row[mkey]));
    const next = `${pad(depth)}next`;
    if (!opts.full) {
      const start = out.length;
      out.push(edit);
      objectInto(out, fields, row, depth + 1, opts, mkey);
      out.push(next);
      cache?.set(row, out.slice(start));
      continue;
    }
    out.push(edit);
    if (kept) {
      objectInto(out, fields, row, depth + 1, opts, mkey);
      if (shown) for (const line of kept) shown.push(line);
    } else if (shown || cache) {
      const rowShown = [edit];
      objectInto(out, fields, row, depth + 1, opts, mkey, rowShown);
      rowShown.push(next);
      cache?.set(row, rowShown);
      if (shown) for (const line of rowShown) shown.push(line);
    } else objectInto(out, fields, row, depth + 1, opts, mkey);
    out.push(next);
  }
}

const shownRows = new WeakMap<readonly FieldDef[], WeakMap<Row, readonly string[]>>();

/**
 * A table row's `show` lines, kept per row: the device replaces a row's object whenever the row
 * changes, so what is kept cannot be stale. The header's file version is made from the `show` form
 * (src/device/cli/backup.ts), also when the full configuration prints: on `large` a print after a
 * change prints again only the rows the change touched. The full configuration's lines are not kept
 * (a million on `large`: keeping them cost the first print more than it saved the next).
 */
function shownRowsOf(fields: readonly FieldDef[]): WeakMap<Row, readonly string[]> {
  let rows = shownRows.get(fields);
  if (!rows) shownRows.set(fields, (rows = new WeakMap()));
  return rows;
}

/** A whole table (or single object) as a `config <path>` … `end` block. */
export function tableLines(schema: TableSchema, data: TableData, opts: ShowOptions): string[] {
  const out: string[] = [];
  tableInto(out, schema, data, opts);
  return out;
}

/**
 * `tableLines`, appended to `out` (the whole configuration is one array: a million lines on `large`).
 * With `shown`, the full configuration also appends the table's `show` lines to it, as it prints.
 */
export function tableInto(
  out: string[],
  schema: TableSchema,
  data: TableData,
  opts: ShowOptions,
  shown?: string[],
): void {
  // The unit's own hardware rows are no part of the configuration it prints (`unitRows`).
  const rows = Array.isArray(data) && schema.unitRows ? data.filter((r) => !isUnitRow(schema, r)) : data;
  blockInto(out, schema, rows, opts, shown);
}

function blockInto(
  out: string[],
  schema: TableSchema,
  data: TableData,
  opts: ShowOptions,
  shown?: string[],
): void {
  const open = `config ${schema.path}`;
  out.push(open);
  shown?.push(open);
  const fields = printedFields(schema);
  if (Array.isArray(data)) rowsInto(out, fields, schema.mkey ?? 'name', data, 1, opts, shown);
  else objectInto(out, fields, data, 1, opts, undefined, opts.full ? shown : undefined);
  out.push('end');
  shown?.push('end');
}

/** One row of a table, wrapped in its `config` block (what `show` prints inside `edit`). */
export function rowLines(schema: TableSchema, row: Row, opts: ShowOptions): string[] {
  const out: string[] = [];
  blockInto(out, schema, [row], opts);
  return out;
}
