/**
 * A CMDB row as 6.0's REST API shows it (docs/fortios-6.0.md §5): its key first as `q_origin_key`,
 * then every field in the table's declared order; each `{name}` list item and each row of a nested
 * table also starts with its own `q_origin_key`. Secrets read as `ENC …` (src/api/secrets.ts).
 */
import type { FieldDef, NameRef, Row, TableSchema, Value } from '../device';
import { presentRow } from './secrets';

function nestedRow(fields: readonly FieldDef[], mkey: string | undefined, row: Row): Row {
  const out: Row = mkey === undefined ? {} : { q_origin_key: row[mkey] as string | number };
  for (const f of fields) {
    const v = row[f.name];
    if (v === undefined) continue;
    out[f.name] = shown(f, v);
  }
  return out;
}

function shown(f: FieldDef, v: Value): Value {
  const t = f.type;
  switch (t.kind) {
    case 'reference-list':
    case 'name-list':
      return (v as NameRef[]).map((item) => ({ q_origin_key: item.name, name: item.name }));
    case 'sub-table':
      return (v as Row[]).map((r) => nestedRow(t.fields, t.mkey, r));
    case 'sub-object':
      return nestedRow(t.fields, undefined, v as Row);
    default:
      return v;
  }
}

/** A row of a table (with `q_origin_key`) or a single object (without: it has no key). */
export function restRow(schema: TableSchema, row: Row): Row {
  const visible = presentRow(schema, row);
  return nestedRow(schema.fields, schema.kind === 'table' ? (schema.mkey ?? 'name') : undefined, visible);
}

const keyTexts = new WeakMap<FieldDef, string>();

/** `"name":` for a field, made once. */
function keyText(f: FieldDef): string {
  let text = keyTexts.get(f);
  if (text === undefined) keyTexts.set(f, (text = `${JSON.stringify(f.name)}:`));
  return text;
}

function nestedJson(fields: readonly FieldDef[], mkey: string | undefined, row: Row): string {
  const key = mkey === undefined ? undefined : row[mkey];
  let text = key === undefined ? '{' : `{"q_origin_key":${JSON.stringify(key)}`;
  let first = key === undefined;
  for (const f of fields) {
    const v = row[f.name];
    if (v === undefined) continue;
    text += (first ? '' : ',') + keyText(f) + valueJson(f, v);
    first = false;
  }
  return `${text}}`;
}

function valueJson(f: FieldDef, v: Value): string {
  const t = f.type;
  switch (t.kind) {
    case 'reference-list':
    case 'name-list':
      return JSON.stringify(shown(f, v));
    case 'sub-table':
      return `[${(v as Row[]).map((r) => nestedJson(t.fields, t.mkey, r)).join(',')}]`;
    case 'sub-object':
      return nestedJson(t.fields, undefined, v as Row);
    default:
      return JSON.stringify(v);
  }
}

/**
 * `JSON.stringify(restRow(schema, row))`, written without building the row object first: a whole
 * table's answer (`large`'s 5,441 interfaces of some 160 keys each, 26 MB) is made of these.
 */
export function restRowJson(schema: TableSchema, row: Row): string {
  const visible = presentRow(schema, row);
  return nestedJson(schema.fields, schema.kind === 'table' ? (schema.mkey ?? 'name') : undefined, visible);
}
