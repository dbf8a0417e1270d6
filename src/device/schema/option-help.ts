/**
 * Each option's own help, as 6.0 gives it in `set <key> ?` and in the options of `?action=schema`
 * (`{"name": "<option>", "help": "<help>"}`): the one function every door asks. The words are data,
 * kept in one place (`option-help-6.0.ts`, table → key → option), with their sources
 * (docs/fortios-6.0.md §5.2.1).
 */
import { OPTION_HELP, unsourcedOf } from './option-help-6.0';
import type { FieldDef, TableSchema } from './types';

/**
 * **Decision** (docs/fortios-6.0.md §5.2.1): an option no source gives words for (listed in
 * `NO_SOURCE`) gets FortiOS's generic toggle words (`Enable setting.`, which 6.2.7+ answers give many
 * toggles) or, any other option, its own name (what a real answer gives an option it leaves unworded).
 */
function fallback(option: string): string {
  if (option === 'enable') return 'Enable setting.';
  if (option === 'disable') return 'Disable setting.';
  return option;
}

type Words = Readonly<Record<string, string>>;

/** Every option key of `fields`, by dotted path (`forticlient-winmac-settings.os-type`). */
export function optionKeysOf(
  fields: readonly FieldDef[],
  prefix = '',
): Array<{ key: string; field: FieldDef; options: readonly string[] }> {
  const out: Array<{ key: string; field: FieldDef; options: readonly string[] }> = [];
  for (const f of fields) {
    const t = f.type;
    if (t.kind === 'option' || t.kind === 'multi-option')
      out.push({ key: prefix + f.name, field: f, options: t.options });
    if (t.kind === 'sub-object' || t.kind === 'sub-table')
      out.push(...optionKeysOf(t.fields, `${prefix}${f.name}.`));
  }
  return out;
}

/**
 * The words of each modelled option key, found by its definition (the doors hold a `FieldDef`): the
 * source's words, and the fallback for the options `NO_SOURCE` lists.
 */
function wordsByField(tables: readonly TableSchema[]): WeakMap<FieldDef, Words> {
  const byField = new WeakMap<FieldDef, Words>();
  for (const table of tables)
    for (const { key, field, options } of optionKeysOf(table.fields)) {
      const unsourced = unsourcedOf(table.path, key, options);
      const words: Words = {
        ...Object.fromEntries(unsourced.map((o) => [o, fallback(o)])),
        ...OPTION_HELP[table.path]?.[key],
      };
      const before = byField.get(field);
      if (before && JSON.stringify(before) !== JSON.stringify(words))
        throw new Error(`${table.path} ${key}: one definition with two sets of option help`);
      byField.set(field, words);
    }
  return byField;
}

let index: WeakMap<FieldDef, Words> | undefined;
let indexed: readonly TableSchema[] | undefined;

/**
 * The help of `option` of `field` (an option or multi-option key of one of `tables`). An option
 * neither given words nor listed in `NO_SOURCE` has none (`''`); the guard test
 * (`option-help-6.0.test.ts`) fails on it.
 */
export function optionHelpIn(tables: readonly TableSchema[], field: FieldDef, option: string): string {
  if (!index || indexed !== tables) {
    index = wordsByField(tables);
    indexed = tables;
  }
  return index.get(field)?.[option] ?? '';
}
