/**
 * The guard that every modelled table has every 6.0 key (issue 13; docs/fortios-6.0.md §4.9): for each
 * table of `tables`, its own keys and those of each sub-table and sub-object against the 6.0 data in
 * src/test/keys-6.0.ts (transcribed from the 6.0.2/6.0.5 ansible modules and the per-version data, each
 * table citing its source there). A 6.0 key fgsim does not model fails here unless `LEFT_OUT` names it
 * with the docs section that records its Decision; a modelled key the 6.0 data lacks (one fgsim
 * invented) fails unless `ADDED` names it with its section. Each failure says what to add.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KEYS_6_0, SYSTEM_INTERFACE_ADDED, SYSTEM_INTERFACE_LEFT_OUT } from '../../test/keys-6.0';
import { tables, type FieldDef } from './index';

/** table → sub-path (`''` the table's own keys) → key → the docs section with its Decision. */
type ByKey = Record<string, Record<string, Record<string, string>>>;

const each = (keys: readonly string[], section: string) => Object.fromEntries(keys.map((k) => [k, section]));

/** 6.0 keys fgsim does not model, each with the section of docs/fortios-6.0.md that says why. */
const LEFT_OUT: ByKey = {
  // Computed by the device, never printed in a configuration; and 6.2's `vrf`.
  'system interface': {
    '': each(SYSTEM_INTERFACE_LEFT_OUT, '4.1'),
    secondaryip: { 'ping-serv-status': '4.9' },
  },
  'system virtual-switch': { port: each(['mediatype'], '4.9') },
  'vpn ssl web portal': { '': each(['mac-addr-check-rule', 'os-check-list'], '4.6.4') },
};

/** Keys fgsim models that the 6.0 data lacks, each with the section that says where 6.0 shows them. */
const ADDED: ByKey = {
  'system interface': { '': each(SYSTEM_INTERFACE_ADDED, '4.1') },
};

/** Every field list of a table: `''` its own, `a.b` for sub-table `b` of sub-table (or sub-object) `a`. */
function fieldLists(fields: readonly FieldDef[], prefix = '', out = new Map<string, string[]>()) {
  out.set(
    prefix,
    fields.map((f) => f.name),
  );
  for (const f of fields)
    if (f.type.kind === 'sub-table' || f.type.kind === 'sub-object')
      fieldLists(f.type.fields, prefix ? `${prefix}.${f.name}` : f.name, out);
  return out;
}

/** Whether sub-path `sub` (`a.b.c`) lies under a key LEFT_OUT lists (`a` of the table, `b` of `a`, …). */
function ancestorLeftOut(table: string, sub: string): boolean {
  const parts = sub.split('.');
  return parts.some((key, i) => key in (LEFT_OUT[table]?.[parts.slice(0, i).join('.')] ?? {}));
}

const where = (table: string, sub: string) => (sub ? `${table} › ${sub}` : table);

/** What is wrong with one table against its 6.0 data, one line each, saying what to add. */
function problemsOf(table: string, fields: readonly FieldDef[]): string[] {
  const data = KEYS_6_0[table];
  if (!data) return [`${table}: add its 6.0 keys to src/test/keys-6.0.ts KEYS_6_0, with their source`];
  const problems: string[] = [];
  const modelled = fieldLists(fields);
  for (const [sub, names] of modelled) {
    const keys = data.keys[sub];
    if (!keys) {
      problems.push(`${where(table, sub)}: add its 6.0 keys to KEYS_6_0['${table}'].keys['${sub}']`);
      continue;
    }
    const left = LEFT_OUT[table]?.[sub] ?? {};
    const added = ADDED[table]?.[sub] ?? {};
    for (const k of keys)
      if (!names.includes(k) && !(k in left))
        problems.push(
          `${where(table, sub)}: 6.0 key "${k}" is not modelled — model it (schema, help, option help, ` +
            `options test) or list it in LEFT_OUT with the docs section of its Decision`,
        );
    for (const k of names)
      if (!keys.includes(k) && !(k in added))
        problems.push(
          `${where(table, sub)}: "${k}" is not a 6.0 key of ${data.source} — remove it, or list it in ` +
            `ADDED with the docs section that shows 6.0 has it`,
        );
    for (const k of Object.keys(left)) {
      if (names.includes(k))
        problems.push(`${where(table, sub)}: "${k}" is modelled now — drop it from LEFT_OUT`);
      if (!keys.includes(k)) problems.push(`${where(table, sub)}: LEFT_OUT names "${k}", not a 6.0 key`);
    }
    for (const k of Object.keys(added))
      if (!names.includes(k))
        problems.push(`${where(table, sub)}: ADDED names "${k}", which is not modelled`);
  }
  // A 6.0 sub-table the schema lacks must itself be left out (its key listed in LEFT_OUT of its parent),
  // unless it is a list of names only (`tags` {`name`}), which fgsim models as one key holding names.
  for (const [sub, keys] of Object.entries(data.keys))
    if (!modelled.has(sub)) {
      const parent = sub.includes('.') ? sub.slice(0, sub.lastIndexOf('.')) : '';
      const key = sub.slice(sub.lastIndexOf('.') + 1);
      const namesOnly = keys.length === 1 && keys[0] === 'name' && modelled.get(parent)?.includes(key);
      if (!namesOnly && !ancestorLeftOut(table, sub))
        problems.push(
          `${where(table, sub)}: a 6.0 sub-table fgsim does not model — model it or leave "${key}" out`,
        );
    }
  return problems;
}

describe('every modelled table has every 6.0 key (src/test/keys-6.0.ts)', () => {
  it('the 6.0 data covers every table of the schema and names no other', () => {
    const paths = tables.map((t) => t.path);
    expect(Object.keys(KEYS_6_0).filter((p) => !paths.includes(p))).toEqual([]);
    expect(paths.filter((p) => !(p in KEYS_6_0))).toEqual([]);
    for (const p of [...Object.keys(LEFT_OUT), ...Object.keys(ADDED)]) expect(paths, p).toContain(p);
  });

  for (const t of tables)
    it(`${t.path}: every 6.0 key modelled or left out, none invented`, () => {
      expect(problemsOf(t.path, t.fields)).toEqual([]);
    });

  it('every Decision cited is a section of docs/fortios-6.0.md', () => {
    const docs = readFileSync(new URL('../../../docs/fortios-6.0.md', import.meta.url), 'utf8');
    const sections = new Set(
      [...Object.values(LEFT_OUT), ...Object.values(ADDED)].flatMap((subs) =>
        Object.values(subs).flatMap((keys) => Object.values(keys)),
      ),
    );
    const missing = [...sections].filter(
      (s) => !new RegExp(`^#{3,4} ${s.replace(/\./g, '\\.')} `, 'm').test(docs),
    );
    expect(missing, 'sections cited by LEFT_OUT/ADDED that docs/fortios-6.0.md lacks').toEqual([]);
  });

  it('the guard catches a missing key, an invented one and a stale LEFT_OUT entry', () => {
    const csf = tables.find((t) => t.path === 'system csf');
    const fields = csf?.fields ?? [];
    const withoutStatus = fields.filter((f) => f.name !== 'status');
    expect(problemsOf('system csf', withoutStatus)).toEqual([
      expect.stringContaining('system csf: 6.0 key "status" is not modelled'),
    ]);
    const invented = [...fields, { ...fields[0], name: 'made-up' } as FieldDef];
    expect(problemsOf('system csf', invented)).toEqual([
      expect.stringContaining('system csf: "made-up" is not a 6.0 key'),
    ]);
    expect(problemsOf('no such table', [])).toEqual([expect.stringContaining('add its 6.0 keys')]);
    // `system interface`'s computed keys are left out (§4.1): modelling one makes its entry stale.
    const computed = SYSTEM_INTERFACE_LEFT_OUT[0] ?? '';
    const iface = tables.find((t) => t.path === 'system interface')?.fields ?? [];
    const withComputed = [...iface, { ...iface[0], name: computed } as FieldDef];
    expect(computed).not.toBe('');
    expect(problemsOf('system interface', withComputed)).toEqual([
      expect.stringContaining(`"${computed}" is modelled now — drop it from LEFT_OUT`),
    ]);
  });
});
