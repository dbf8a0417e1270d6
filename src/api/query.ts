/**
 * The read options of a CMDB GET (reference §11): `filter` (`==`, `!=`, `=@` contains, `!@`, `<`,
 * `<=`, `>`, `>=`; comma = OR inside one `filter`, repeated `filter` = AND), `start`/`count` paging
 * and `format=a|b` field subsets. Applied in that order, as the device does.
 */
import { DeviceError, fieldOf, type Row, type TableSchema, type Value } from '../device';

const OPERATORS = ['==', '!=', '=@', '!@', '<=', '>=', '<', '>'] as const;
type Operator = (typeof OPERATORS)[number];

interface Clause {
  key: string;
  op: Operator;
  value: string;
}

const badFilter = (text: string, why: string): DeviceError =>
  new DeviceError(-651, `invalid filter "${text}": ${why}`, { field: 'filter', value: text });

/** `name==port1` → { key, op, value }: the operator is the leftmost one, the longer one on a tie. */
function parseClause(schema: TableSchema, text: string): Clause {
  let best: { at: number; op: Operator } | undefined;
  for (const op of OPERATORS) {
    const at = text.indexOf(op);
    if (at > 0 && (!best || at < best.at || (at === best.at && op.length > best.op.length)))
      best = { at, op };
  }
  if (!best) throw badFilter(text, 'no operator');
  const key = text.slice(0, best.at);
  if (!fieldOf(schema.fields, key)) throw badFilter(text, `unknown field ${key}`);
  return { key, op: best.op, value: text.slice(best.at + best.op.length) };
}

/** A value as filters see it: lists of names as their names joined by spaces. */
function textOf(v: Value | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v))
    return v.map((item) => ('name' in item ? String(item.name) : JSON.stringify(item))).join(' ');
  return JSON.stringify(v);
}

function compare(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

function holds(row: Row, { key, op, value }: Clause): boolean {
  const text = textOf(row[key]);
  switch (op) {
    case '==':
      return text === value;
    case '!=':
      return text !== value;
    case '=@':
      return text.includes(value);
    case '!@':
      return !text.includes(value);
    case '<':
      return compare(text, value) < 0;
    case '<=':
      return compare(text, value) <= 0;
    case '>':
      return compare(text, value) > 0;
    case '>=':
      return compare(text, value) >= 0;
  }
}

/** The filters of a request: each inner list is OR-ed, the lists are AND-ed. */
export function parseFilters(schema: TableSchema, params: URLSearchParams): Clause[][] {
  return params.getAll('filter').map((f) => f.split(',').map((c) => parseClause(schema, c)));
}

function nonNegative(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  if (!/^\d+$/.test(raw)) throw new DeviceError(-651, `invalid ${name}: ${raw}`, { field: name, value: raw });
  return Number(raw);
}

/** `format=name|ip`: the listed fields of each row, in schema order. Unknown names are ignored. */
export function formatFields(params: URLSearchParams): Set<string> | undefined {
  const raw = params.get('format');
  if (raw === null || raw === '') return undefined;
  return new Set(raw.split('|').filter(Boolean));
}

export function pick(row: Row, fields: Set<string> | undefined): Row {
  if (!fields) return row;
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) if (fields.has(k)) out[k] = v;
  return out;
}

export interface Selection {
  rows: readonly Row[];
  /** Rows in the table. */
  size: number;
  /** Rows that passed the filters (before paging). */
  matched: number;
  /** Index after the last row returned. */
  next: number;
}

/** Filters then pages `rows` by the request's `filter`, `start` and `count`. */
export function select(schema: TableSchema, rows: readonly Row[], params: URLSearchParams): Selection {
  const filters = parseFilters(schema, params);
  const start = nonNegative(params, 'start') ?? 0;
  const count = nonNegative(params, 'count');
  const matched =
    filters.length === 0 ? rows : rows.filter((r) => filters.every((any) => any.some((c) => holds(r, c))));
  const page =
    start === 0 && count === undefined
      ? matched
      : matched.slice(start, count === undefined ? undefined : start + count);
  return { rows: page, size: rows.length, matched: matched.length, next: start + page.length };
}
