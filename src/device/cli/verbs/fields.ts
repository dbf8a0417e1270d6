/**
 * The field words of an entry (`set <field> <value>`): which fields a verb may name, resolving an
 * abbreviated field name, checking a value's references at `set` time, and what `?` offers for values.
 */
import type { Device } from '../../config';
import { optionHelp, tableSchema, type FieldDef, type NameRef, type Value } from '../../schema';
import type { ObjectFrame } from '../context';
import { isListField } from '../field-values';
import type { Token } from '../lexer';
import { CliError, ambiguous, incomplete, missingEntry, parseError } from '../messages';
import { resolveWord } from '../words';
import { keyword, name, placeholder, type Suggestion } from './types';

const isNested = (f: FieldDef): boolean => f.type.kind === 'sub-object' || f.type.kind === 'sub-table';

/** Fields `set`/`unset` may name: not the key, not computed ones, not nested objects (`config` those). */
export function settableFields(frame: ObjectFrame): FieldDef[] {
  return frame.fields.filter((f) => f.name !== frame.mkey && !f.readOnly && !isNested(f));
}

export const listFields = (frame: ObjectFrame): FieldDef[] => settableFields(frame).filter(isListField);

export const nestedFields = (frame: ObjectFrame): FieldDef[] => frame.fields.filter(isNested);

/** Resolves the (possibly abbreviated) field word, or throws the parse error FortiOS prints. */
export function fieldWord(fields: readonly FieldDef[], word: Token | undefined): FieldDef {
  if (!word) throw new CliError(incomplete());
  const r = resolveWord(
    word.text,
    fields.map((f) => f.name),
  );
  if (r.kind === 'ambiguous') throw new CliError(ambiguous(word.text));
  if (r.kind === 'none') throw new CliError(parseError(word.text));
  return fields.find((f) => f.name === r.word) as FieldDef;
}

export const fieldSuggestions = (fields: readonly FieldDef[]): Suggestion[] =>
  fields.map((f) => keyword(f.name, f.help));

/** Refuses (-3) a value naming an object that does not exist, as the device does at `set`. */
export function checkReferences(device: Device, f: FieldDef, value: Value): void {
  const t = f.type;
  if (t.kind === 'reference' && value !== '' && !device.find(t.table, String(value)))
    throw new CliError(missingEntry(String(value)));
  if (t.kind === 'reference-list')
    for (const ref of value as NameRef[])
      if (!device.find(t.table, ref.name)) throw new CliError(missingEntry(ref.name));
}

/** What `set <field> ?` lists. */
export function valueSuggestions(device: Device, f: FieldDef): Suggestion[] {
  const t = f.type;
  switch (t.kind) {
    case 'option':
    case 'multi-option':
      return t.options.map((o) => keyword(o, optionHelp(f, o)));
    case 'reference':
    case 'reference-list': {
      const mkey = tableSchema(t.table)?.mkey ?? 'name';
      return device.rows(t.table).map((r) => name(String(r[mkey])));
    }
    case 'integer':
      // A range that also takes 0 (the thing off) says so (**Decision**, docs/fortios-6.0.md §4.6.4:
      // no real `?` listing of such a key was found).
      return [
        placeholder('<integer>', `please input integer value (${t.zero ? '0, ' : ''}${t.min}-${t.max})`),
      ];
    case 'ipv4':
      return [placeholder('<ip>', 'please input IP address')];
    case 'uuid':
      return [placeholder('<uuid>', 'please input UUID value')];
    case 'ipv6':
      return [placeholder('<ipv6>', 'please input IPv6 address')];
    case 'ipv6-prefix':
      return [placeholder('<ipv6-prefix>', 'please input IPv6 address and prefix length (X:X::X:X/M)')];
    case 'ipv4-mask':
      // **Decision** (docs/fortios-6.0.md §4.6.1): a wildcard mask takes no `/nn` form, so `?` says so.
      if (t.wildcard)
        return [placeholder('<ip-wildcard>', 'please input IP address and wildcard mask (X.X.X.X Y.Y.Y.Y)')];
      return [
        placeholder('<ip-netmask>', 'please input IP address and netmask (X.X.X.X/24 or X.X.X.X Y.Y.Y.Y)'),
      ];
    case 'password':
      return [placeholder('<password>', 'please input password value')];
    default:
      return [placeholder('<string>', 'please input string value')];
  }
}
