/**
 * What `get` prints: an entry or single object as `key : value` lines (keys padded to 20 columns,
 * nested objects indented), and a table as `== [ name ]` headers each followed by a one-line summary.
 */
import { appliesTo, type FieldDef, type Row, type TableSchema } from '../schema';
import { getText } from './field-values';

const KEY_WIDTH = 20;

/** `name                : port1`, nested objects and tables indented four spaces. */
export function getLines(fields: readonly FieldDef[], row: Row, indent = ''): string[] {
  const out: string[] = [];
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
    const text = getText(f, v);
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
  for (const row of rows) {
    const items = summaryFields(schema?.path, mkey, row).flatMap((name) => {
      const f = fields.find((x) => x.name === name);
      const v = row[name];
      return f && v !== undefined ? [`${name}: ${getText(f, v)}`] : [];
    });
    out.push(`== [ ${String(row[mkey])} ]`, items.join('   ').trimEnd());
  }
  return out;
}
