/**
 * Building and patching rows from the schema: defaults for new rows, field-by-field checking of a
 * patch, and the walk over reference fields that integrity checks and `Ref.` counts share.
 */
import { badValue, duplicate } from './errors';
import { fieldOf, type FieldDef, type NameRef, type Row, type TableSchema, type Value } from './schema';
import { MAX_LIST_ITEMS, coerceValue } from './values';

/** A copy of a stored value; an empty list (a phase1's sub-tables and certificate list) without structuredClone. */
const cloneValue = (v: Value): Value =>
  typeof v !== 'object' ? v : Array.isArray(v) && v.length === 0 ? [] : (structuredClone(v) as Value);

/** Whether two stored values (JSON data: strings, numbers, lists, rows) are the same, keys in any order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameValue(x, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return (
    keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && sameValue(x[k], y[k]))
  );
}

/** A row (or sub-object) with every field at its default. */
const defaultTemplates = new WeakMap<readonly FieldDef[], { row: Row; fresh: readonly FieldDef[] }>();

/**
 * A new row of `fields` at their defaults. It is copied from a row made once per field list, with a
 * fixed shape: an object given some 150 keys one by one (an interface, a phase1 row) becomes a hash
 * table, whose every read is a lookup, while its copy reads as fast as a small object (the printers
 * read every key of every row: the full configuration of `large` is 1.3 M lines). Lists and nested
 * objects are made anew for each row.
 */
export function defaultRow(fields: readonly FieldDef[]): Row {
  let template = defaultTemplates.get(fields);
  if (!template) {
    const made: Row = {};
    for (const f of fields) made[f.name] = f.type.kind === 'sub-object' ? {} : cloneValue(f.default);
    template = {
      row: { ...made },
      fresh: fields.filter((f) => f.type.kind === 'sub-object' || typeof f.default === 'object'),
    };
    defaultTemplates.set(fields, template);
  }
  const row: Row = { ...template.row };
  for (const f of template.fresh)
    row[f.name] = f.type.kind === 'sub-object' ? defaultRow(f.type.fields) : cloneValue(f.default);
  return row;
}

/** Keys a client may send that carry no configuration (the GUI echoes them back). */
const ignoredKeys = new Set(['q_origin_key']);

export type PatchMode = 'create' | 'update';

/**
 * Applies `patch` (a REST body, or one CLI `set`) onto `target` in place, checking every key against
 * `fields`. Throws -651 for unknown keys and bad values; leaves reference existence to the commit.
 */
export function applyPatch(
  fields: readonly FieldDef[],
  target: Row,
  patch: unknown,
  mode: PatchMode,
  where = '',
): void {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch))
    throw badValue(where || 'body', JSON.stringify(patch) ?? '', 'invalid request body');
  for (const [key, raw] of Object.entries(patch as Record<string, unknown>)) {
    if (ignoredKeys.has(key)) continue;
    const f = fieldOf(fields, key);
    if (!f) throw badValue(key, key, `unknown field: ${key}`);
    if (f.readOnly) {
      // A row read back and sent unchanged carries its read-only keys (a certificate's `state`).
      if (JSON.stringify(raw) === JSON.stringify(target[key] ?? f.default)) continue;
      throw badValue(key, String(raw), `${key} is read-only`);
    }
    if (f.type.kind === 'sub-object') {
      const sub = structuredClone((target[key] as Row | undefined) ?? defaultRow(f.type.fields));
      applyPatch(f.type.fields, sub, raw, mode, key);
      target[key] = sub;
      continue;
    }
    if (f.type.kind === 'sub-table') {
      target[key] = buildSubTable(f, f.type.mkey, f.type.fields, raw);
      continue;
    }
    // A field's default is stored as it is (the schema tests hold every default to its own check): a
    // restore's rows come with every key, most at their defaults (some 130 per phase1 row, §4.8).
    const value = raw === f.default && typeof raw !== 'object' ? f.default : coerceValue(f, raw);
    if (f.createOnly && mode === 'update' && JSON.stringify(value) !== JSON.stringify(target[key]))
      throw badValue(key, String(raw), `${key} cannot be changed after the entry is created`);
    target[key] = value;
  }
}

function buildSubTable(f: FieldDef, mkey: string, fields: readonly FieldDef[], raw: unknown): Row[] {
  if (!Array.isArray(raw)) throw badValue(f.name, JSON.stringify(raw) ?? '', `invalid value for ${f.name}`);
  if (raw.length > MAX_LIST_ITEMS)
    throw badValue(f.name, String(raw.length), `too many entries in ${f.name} (max ${MAX_LIST_ITEMS})`);
  const rows: Row[] = [];
  const seen = new Set<string>();
  let next = 1;
  for (const item of raw) {
    const row = defaultRow(fields);
    applyPatch(fields, row, item, 'create', f.name);
    if (row[mkey] === 0 || row[mkey] === '') row[mkey] = typeof row[mkey] === 'number' ? next : String(next);
    const key = String(row[mkey]);
    if (seen.has(key)) throw duplicate(key);
    seen.add(key);
    next = Math.max(next, Number(row[mkey]) + 1 || next + 1);
    rows.push(row);
  }
  return rows;
}

/** One reference held by a row: the field (dotted for nested ones), the target table and name. */
export interface HeldReference {
  field: string;
  table: string;
  name: string;
}

/** Per field list, the fields that are or hold references (an interface row's ~10 of ~200). */
const referringFields = new WeakMap<readonly FieldDef[], readonly FieldDef[]>();

function fieldsWithReferences(fields: readonly FieldDef[]): readonly FieldDef[] {
  let found = referringFields.get(fields);
  if (!found) {
    found = fields.filter(
      (f) =>
        f.type.kind === 'reference' ||
        f.type.kind === 'reference-list' ||
        ((f.type.kind === 'sub-object' || f.type.kind === 'sub-table') && hasReferences(f.type.fields)),
    );
    referringFields.set(fields, found);
  }
  return found;
}

const hasReferences = (fields: readonly FieldDef[]): boolean => fieldsWithReferences(fields).length > 0;

/** Every reference a row holds, including those inside sub-objects and sub-table rows. */
export function referencesOf(fields: readonly FieldDef[], row: Row, prefix = ''): HeldReference[] {
  const out: HeldReference[] = [];
  for (const f of fieldsWithReferences(fields)) {
    const v = row[f.name];
    const t = f.type;
    if (t.kind === 'reference' && typeof v === 'string' && v !== '')
      out.push({ field: prefix + f.name, table: t.table, name: v });
    else if (t.kind === 'reference-list' && Array.isArray(v))
      for (const r of v as NameRef[]) out.push({ field: prefix + f.name, table: t.table, name: r.name });
    else if (t.kind === 'sub-object' && v && typeof v === 'object' && !Array.isArray(v))
      out.push(...referencesOf(t.fields, v, `${prefix}${f.name}.`));
    else if (t.kind === 'sub-table' && Array.isArray(v))
      for (const sub of v as Row[]) out.push(...referencesOf(t.fields, sub, `${prefix}${f.name}.`));
  }
  return out;
}

/** True when some field of the schema (at any depth) refers to `table`. */
export function refersTo(fields: readonly FieldDef[], table: string): boolean {
  return fields.some(
    (f) =>
      ((f.type.kind === 'reference' || f.type.kind === 'reference-list') && f.type.table === table) ||
      ((f.type.kind === 'sub-object' || f.type.kind === 'sub-table') && refersTo(f.type.fields, table)),
  );
}

/** Checks a stored row against the schema: every field present, every value of the right type. */
export function schemaProblems(schema: Pick<TableSchema, 'fields'>, row: Row, where: string): string[] {
  const problems: string[] = [];
  for (const f of schema.fields) {
    const v = row[f.name];
    if (v === undefined) {
      problems.push(`${where}: missing ${f.name}`);
      continue;
    }
    if (f.type.kind === 'sub-object') {
      problems.push(...schemaProblems(f.type, v as Row, `${where}.${f.name}`));
      continue;
    }
    if (f.type.kind === 'sub-table') {
      if (!Array.isArray(v)) problems.push(`${where}: ${f.name} is not a list`);
      else
        (v as Row[]).forEach((r, i) =>
          problems.push(
            ...schemaProblems(f.type as { fields: readonly FieldDef[] }, r, `${where}.${f.name}[${i}]`),
          ),
        );
      continue;
    }
    // A value that is its field's default (a string or number, compared as such) is stored as it should be.
    if (v === f.default) continue;
    try {
      const back = coerceValue(f, v);
      if (JSON.stringify(back) !== JSON.stringify(v)) problems.push(`${where}: ${f.name} not normalised`);
    } catch (e) {
      problems.push(`${where}: ${f.name}: ${(e as Error).message}`);
    }
  }
  for (const k of Object.keys(row))
    if (!fieldOf(schema.fields, k)) problems.push(`${where}: unknown key ${k}`);
  return problems;
}

/** The row without the fields that equal their default — what `show` prints and what persistence keeps. */
export function compactRow(fields: readonly FieldDef[], row: Row): Row {
  const out: Row = {};
  for (const f of fields) {
    const v = row[f.name];
    if (v === undefined) continue;
    if (f.type.kind === 'sub-object') {
      const sub = compactRow(f.type.fields, v as Row);
      if (Object.keys(sub).length) out[f.name] = sub;
    } else if (f.type.kind === 'sub-table') {
      if ((v as Row[]).length)
        out[f.name] = (v as Row[]).map((r) =>
          compactRow((f.type as { fields: readonly FieldDef[] }).fields, r),
        );
    } else if (typeof v === 'object' ? JSON.stringify(v) !== JSON.stringify(f.default) : v !== f.default)
      out[f.name] = v;
  }
  return out;
}

/** The inverse of `compactRow`. */
export function expandRow(fields: readonly FieldDef[], compact: Row): Row {
  const row = defaultRow(fields);
  for (const f of fields) {
    const v = compact[f.name];
    if (v === undefined) continue;
    if (f.type.kind === 'sub-object') row[f.name] = expandRow(f.type.fields, v as Row);
    else if (f.type.kind === 'sub-table')
      row[f.name] = (v as Row[]).map((r) => expandRow((f.type as { fields: readonly FieldDef[] }).fields, r));
    else row[f.name] = v;
  }
  return row;
}
