/**
 * The field words of an entry (`set <field> <value>`): which fields a verb may name, resolving an
 * abbreviated field name, checking a value's references at `set` time, and what `?` offers for values.
 */
import type { Device } from '../../config';
import {
  appliesTo,
  optionHelp,
  tableSchema,
  type FieldDef,
  type NameRef,
  type Row,
  type Value,
} from '../../schema';
import type { ObjectFrame } from '../context';
import { isListField } from '../field-values';
import type { Token } from '../lexer';
import { CliError, ambiguous, incomplete, missingEntry, parseError } from '../messages';
import { resolveWord } from '../words';
import { keyword, name, placeholder, type Suggestion } from './types';

const isNested = (f: FieldDef): boolean => f.type.kind === 'sub-object' || f.type.kind === 'sub-table';

/**
 * Fields `set`/`unset` may name: not the key, not computed ones, not nested objects (`config` those),
 * and only those that belong to the entry as it stands (`appliesTo`: its type, and the keys a field
 * depends on). A 6.0 unit hides the others: `set manageip …` in NAT mode, or a phase1's
 * `ipv4-dns-server1` before `set mode-cfg enable`, is `command parse error` (-61), so nothing is kept
 * that the configuration would not print (docs/fortios-6.0.md §3). `base` is the device's row the
 * edit began from, for the keys taken only while the edit changes another (`whileChangingTo`).
 */
export function settableFields(frame: ObjectFrame, base?: Row): FieldDef[] {
  return frame.fields.filter(
    (f) =>
      f.name !== frame.mkey &&
      !f.readOnly &&
      !isNested(f) &&
      (appliesTo(f, frame.target) || changingTo(f, frame.target, base)),
  );
}

/** Whether the edit is changing the key `f.whileChangingTo` names to one of its values. */
function changingTo(f: FieldDef, row: Row, base: Row | undefined): boolean {
  const c = f.whileChangingTo;
  if (!c || !base) return false;
  const now = String(row[c.key]);
  return c.values.includes(now) && String(base[c.key]) !== now;
}

export const listFields = (frame: ObjectFrame, base?: Row): FieldDef[] =>
  settableFields(frame, base).filter(isListField);

/** Nested objects and tables `config` may open: those that belong to the entry, as `settableFields`. */
export const nestedFields = (frame: ObjectFrame): FieldDef[] =>
  frame.fields.filter((f) => isNested(f) && appliesTo(f, frame.target));

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
