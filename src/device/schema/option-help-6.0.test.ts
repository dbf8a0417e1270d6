/**
 * Guards the per-option help (docs/fortios-6.0.md §5.2): every option of every option key of every
 * modelled table has 6.0's words in `option-help-6.0.ts`, or its key is listed in `NO_SOURCE`
 * (a Decision each). A new table, key or option without words fails here, and says what to add.
 */
import { describe, expect, it } from 'vitest';
import { EVERY_OPTION, NO_SOURCE, OPTION_HELP, unsourcedOf } from './option-help-6.0';
import { optionKeysOf } from './option-help';
import { optionHelp, tables } from './index';

const DATA_FILE = 'src/device/schema/option-help-6.0.ts';

describe('every option of every modelled table has its help (option-help-6.0.ts)', () => {
  for (const table of tables) {
    it(table.path, () => {
      const keys = optionKeysOf(table.fields);
      const problems: string[] = [];
      for (const { key, field, options } of keys) {
        const given = OPTION_HELP[table.path]?.[key] ?? {};
        const unsourced = unsourcedOf(table.path, key, options);
        for (const o of unsourced)
          if (given[o]) problems.push(`${key} ${o}: both has words and is in NO_SOURCE; keep one`);
        const missing = options.filter((o) => !given[o] && !unsourced.includes(o));
        if (missing.length > 0)
          problems.push(
            `${key}: no help for ${missing.join(', ')}. Add to ${DATA_FILE}: ` +
              `OPTION_HELP['${table.path}']['${key}'] = { ${missing.map((o) => `'${o}': '<6.0 words>.'`).join(', ')} } ` +
              `with the source's words, or list them in NO_SOURCE['${table.path}']['${key}'] ` +
              `and record that Decision in docs/fortios-6.0.md §5.2`,
          );
        for (const o of [...Object.keys(given), ...unsourced])
          if (!options.includes(o)) problems.push(`${key}: names ${o}, which the key does not have`);
        for (const o of options)
          if (optionHelp(field, o) === '') problems.push(`${key} ${o}: optionHelp answers no words`);
      }
      const modelled = new Set(keys.map((k) => k.key));
      for (const key of [
        ...Object.keys(OPTION_HELP[table.path] ?? {}),
        ...(NO_SOURCE[table.path] === EVERY_OPTION ? [] : Object.keys(NO_SOURCE[table.path] ?? {})),
      ])
        if (!modelled.has(key))
          problems.push(`${key}: in ${DATA_FILE}, but the table has no such option key`);
      expect(problems, `${table.path}:\n${problems.join('\n')}`).toEqual([]);
    });
  }

  it('names only tables the schema has', () => {
    const paths = new Set(tables.map((t) => t.path));
    for (const path of [...Object.keys(OPTION_HELP), ...Object.keys(NO_SOURCE)])
      expect(paths.has(path), `${path} in ${DATA_FILE}`).toBe(true);
  });

  it('no help has padding or a line break (the CLI lays the words out itself)', () => {
    for (const [path, keys] of Object.entries(OPTION_HELP))
      for (const [key, words] of Object.entries(keys))
        for (const [option, help] of Object.entries(words))
          expect(help, `${path} ${key} ${option}`).toMatch(/^\S(.*\S)?$/);
  });
});
