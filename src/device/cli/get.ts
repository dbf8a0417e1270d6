/**
 * What `get` prints: an entry or single object as `key : value` lines (keys padded to 20 columns,
 * nested objects indented), and a table as `== [ name ]` headers each followed by a one-line summary.
 */
import { appliesTo, type FieldDef, type Row, type TableSchema } from '../schema';
import { getText } from './field-values';

const KEY_WIDTH = 20;

/**
 * The key that names a row's type (the one `onlyFor` reads: `type`, `user group`'s `group-type`). A
 * unit prints its word without the blank other option words have after them: `type                : vlan`
 * beside `status              : up ` in a unit's `get system interface <row>`, and `type: physical   ring-rx: 0`
 * (three spaces, as after a name) beside `status: up    netbios-forward` (four) in its
 * `get system interface` (docs/fortios-6.0.md §3). **Decision**: every table's row-type key alike (only
 * interface output was found).
 */
function rowTypeKeys(fields: readonly FieldDef[]): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const f of fields) if (f.onlyFor) keys.add(f.onlyForKey ?? 'type');
  return keys;
}

function valueText(f: FieldDef, v: Row[string], rowType: ReadonlySet<string>): string {
  return rowType.has(f.name) && f.type.kind === 'option' ? String(v) : getText(f, v);
}

/** `name                : port1`, nested objects and tables indented four spaces. */
export function getLines(fields: readonly FieldDef[], row: Row, indent = ''): string[] {
  const out: string[] = [];
  const rowType = rowTypeKeys(fields);
  for (const f of fields) {
    const v = row[f.name];
    if (v === undefined || !appliesTo(f, row)) continue;
    const t = f.type;
    if (t.kind === 'sub-object') {
      out.push(`${indent}${f.name}:`, ...getLines(t.fields, v as Row, `${indent}    `));
      continue;
    }
    if (t.kind === 'sub-table') {
      out.push(`${indent}${f.name}:`);
      for (const sub of v as Row[])
        out.push(
          `${indent}    == [ ${String(sub[t.mkey])} ]`,
          `${indent}    ${t.mkey}: ${String(sub[t.mkey])}`,
        );
      continue;
    }
    const text = valueText(f, v, rowType);
    const isList = t.kind === 'reference-list' || t.kind === 'name-list';
    out.push(`${indent}${f.name.padEnd(KEY_WIDTH)}:${isList && text === '' ? '' : ` ${text}`}`);
  }
  return out;
}

/**
 * The fields of the one-line summary `get <table>` prints under each row. FortiOS picks a handful per
 * table; for the interface table they are name, mode (not for tunnels), ip, status and type.
 */
function summaryFields(path: string | undefined, mkey: string, row: Row): string[] {
  if (path === 'system interface')
    return row.type === 'tunnel'
      ? ['name', 'ip', 'status', 'type']
      : ['name', 'mode', 'ip', 'status', 'type'];
  return [mkey];
}

/** `get` of a table: the device's (`schema` given) or a nested one inside an entry. */
export function tableGetLines(
  fields: readonly FieldDef[],
  mkey: string,
  rows: readonly Row[],
  schema?: TableSchema,
): string[] {
  const out: string[] = [];
  const rowType = rowTypeKeys(fields);
  for (const row of rows) {
    const items = summaryFields(schema?.path, mkey, row).flatMap((name) => {
      const f = fields.find((x) => x.name === name);
      const v = row[name];
      return f && v !== undefined ? [`${name}: ${valueText(f, v, rowType)}`] : [];
    });
    out.push(`== [ ${String(row[mkey])} ]`, items.join('   ').trimEnd());
  }
  return out;
}
