/**
 * Configuration text as `show` prints it (reference §10): `config <path>` … `end`, rows as
 * `edit "<name>"` … `next` (integer ids unquoted), four spaces per level. `show` prints the values that
 * differ from the default; `show full-configuration` prints every one.
 */
import { sameValue } from '../rows';
import { appliesTo, type FieldDef, type Row, type TableSchema } from '../schema';
import type { TableData } from '../state';
import { quoted, setLine } from './field-values';

export interface ShowOptions {
  /** Every value, not only those that differ from the default. */
  full: boolean;
}

const pads = ['', '    ', '        ', '            ', '                '];
const pad = (depth: number): string => pads[depth] ?? '    '.repeat(depth);

/** `edit "port1"` / `edit 1`. */
export function editLine(mkeyField: FieldDef | undefined, key: string): string {
  return mkeyField?.type.kind === 'integer' ? `edit ${key}` : `edit ${quoted(key)}`;
}

/**
 * The lines inside an object: its `set`s and nested `config` blocks, in the table's declared order
 * (docs/fortios-6.0.md §3). Fields that do not apply to the row's type are never printed; `show`
 * leaves out defaults except the ones the device always prints (`set vdom "root"`).
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
  const indent = pad(depth);
  for (const f of fields) {
    const v = row[f.name];
    // Most of a row is at its defaults (an interface has some 200 keys): `show` passes them first.
    if (v === f.default && !opts.full && !f.alwaysShown) continue;
    if (f.name === skip || v === undefined || (f.onlyFor && !appliesTo(f, row))) continue;
    const t = f.type;
    if (t.kind === 'sub-object') {
      const start = out.push(`${indent}config ${f.name}`);
      objectInto(out, t.fields, v as Row, depth + 1, opts);
      if (opts.full || out.length > start) out.push(`${indent}end`);
      else out.length = start - 1;
      continue;
    }
    if (t.kind === 'sub-table') {
      const rows = v as Row[];
      if (rows.length > 0 || (opts.full && !f.omitEmpty)) {
        out.push(`${indent}config ${f.name}`);
        rowsInto(out, t.fields, t.mkey, rows, depth + 1, opts);
        out.push(`${indent}end`);
      }
      continue;
    }
    if (!opts.full && !f.alwaysShown && sameValue(v, f.default)) continue;
    const line = setLine(f, v);
    if (line !== null) out.push(indent + line);
  }
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
  if (Array.isArray(data)) rowsInto(out, schema.fields, schema.mkey ?? 'name', data, 1, opts);
  else objectInto(out, schema.fields, data, 1, opts);
  out.push('end');
  return out;
}

/** One row of a table, wrapped in its `config` block (what `show` prints inside `edit`). */
export function rowLines(schema: TableSchema, row: Row, opts: ShowOptions): string[] {
  return tableLines(schema, [row], opts);
}
