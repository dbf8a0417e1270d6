/**
 * Verbs inside an entry or object: `set`, `unset`, `append`, `select`, `unselect` and `config <nested>`.
 * Each checks its value at once — a bad value or a missing reference is refused at the `set` line, as
 * on the device — and changes only the draft; the device sees it on `next`/`end`.
 */
import { defaultRow } from '../../rows';
import type { FieldDef, NameRef, Row, Value } from '../../schema';
import type { CliContext, ObjectFrame } from '../context';
import { wordsToValue } from '../field-values';
import type { Token } from '../lexer';
import { CliError, parseError, valueError } from '../messages';
import {
  checkReferences,
  fieldSuggestions,
  fieldWord,
  listFields,
  nestedFields,
  settableFields,
  valueSuggestions,
} from './fields';
import type { Suggestion, Verb } from './types';

const objectFrame = (ctx: CliContext): ObjectFrame => ctx.frame as ObjectFrame;

/** The device's row the edit began from, when `frame` is the draft's own row (not a nested object). */
const baseOf = (ctx: CliContext, frame: ObjectFrame): Row | undefined =>
  frame.schema ? ctx.draft?.base : undefined;

/** The fields `set`/`unset` may name here (fields.ts). */
const settable = (ctx: CliContext, frame: ObjectFrame): FieldDef[] =>
  settableFields(frame, baseOf(ctx, frame));

/** The list fields `append`/`select`/`unselect` may name here. */
const lists = (ctx: CliContext, frame: ObjectFrame): FieldDef[] => listFields(frame, baseOf(ctx, frame));

/** `set type vlan` on an interface that exists: some fields are fixed once the entry is made. */
function checkCreateOnly(ctx: CliContext, frame: ObjectFrame, f: FieldDef, value: Value): void {
  const draft = ctx.draft;
  if (!f.createOnly || !frame.schema || !draft || draft.isNew) return;
  if (JSON.stringify(value) !== JSON.stringify(draft.base?.[f.name]))
    throw new CliError(valueError(String(value), `${f.name} cannot be changed after the entry is created`));
}

function assign(ctx: CliContext, frame: ObjectFrame, f: FieldDef, value: Value): void {
  checkReferences(ctx.device, f, value);
  checkCreateOnly(ctx, frame, f, value);
  frame.target[f.name] = value;
}

/** Suggestions for `<verb> <field> <values…>` over the given fields. */
const suggestFieldThenValues =
  (fieldsOf: (ctx: CliContext, frame: ObjectFrame) => FieldDef[], takesValues = true) =>
  (ctx: CliContext, args: readonly Token[]): Suggestion[] => {
    const fields = fieldsOf(ctx, objectFrame(ctx));
    if (args.length === 0) return fieldSuggestions(fields);
    if (!takesValues) return [];
    try {
      return valueSuggestions(ctx.device, fieldWord(fields, args[0]));
    } catch {
      return [];
    }
  };

/** The list a list field holds, as words (`ping https` → [ping, https]; names of `[{name}]`). */
function listWords(v: Value): string[] {
  if (typeof v === 'string') return v.split(' ').filter(Boolean);
  return (v as NameRef[]).map((r) => r.name);
}

const wordTokens = (words: readonly string[]): Token[] =>
  words.map((text) => ({ text, quoted: true, start: 0, end: 0 }));

const set: Verb = {
  name: 'set',
  help: 'Modify value.',
  levels: ['object'],
  suggest: suggestFieldThenValues(settable),
  run(ctx, args) {
    const frame = objectFrame(ctx);
    const f = fieldWord(settable(ctx, frame), args[0]);
    assign(ctx, frame, f, wordsToValue(f, args.slice(1)));
    return [];
  },
};

const unset: Verb = {
  name: 'unset',
  help: 'Set to default value.',
  levels: ['object'],
  suggest: suggestFieldThenValues(settable, false),
  run(ctx, args) {
    const frame = objectFrame(ctx);
    const f = fieldWord(settable(ctx, frame), args[0]);
    if (args[1]) throw new CliError(parseError(args[1].text));
    const fallback = defaultRow([f])[f.name];
    if (fallback !== undefined) frame.target[f.name] = fallback;
    return [];
  },
};

const append: Verb = {
  name: 'append',
  help: 'Append values to a list.',
  levels: ['object'],
  suggest: suggestFieldThenValues(lists),
  run(ctx, args) {
    const frame = objectFrame(ctx);
    const f = fieldWord(lists(ctx, frame), args[0]);
    const added = listWords(wordsToValue(f, args.slice(1)));
    const current = listWords(frame.target[f.name] as Value);
    assign(ctx, frame, f, wordsToValue(f, wordTokens([...current, ...added])));
    return [];
  },
};

/** FortiOS's `select`: keep exactly the values given (clear all others). */
const select: Verb = {
  name: 'select',
  help: 'Clear all values and select the ones given.',
  levels: ['object'],
  suggest: suggestFieldThenValues(lists),
  run(ctx, args) {
    const frame = objectFrame(ctx);
    const f = fieldWord(lists(ctx, frame), args[0]);
    assign(ctx, frame, f, wordsToValue(f, args.slice(1)));
    return [];
  },
};

const unselect: Verb = {
  name: 'unselect',
  help: 'Remove values from a list.',
  levels: ['object'],
  suggest: suggestFieldThenValues(lists),
  run(ctx, args) {
    const frame = objectFrame(ctx);
    const f = fieldWord(lists(ctx, frame), args[0]);
    const removed = new Set(listWords(wordsToValue(f, args.slice(1))));
    const kept = listWords(frame.target[f.name] as Value).filter((w) => !removed.has(w));
    frame.target[f.name] = f.type.kind === 'multi-option' ? kept.join(' ') : kept.map((n) => ({ name: n }));
    return [];
  },
};

/** `config forticlient-winmac-settings` / `config authentication-rule` inside an entry. */
const configNested: Verb = {
  name: 'config',
  help: 'Configure object.',
  levels: ['object'],
  suggest: (ctx, args) => (args.length === 0 ? fieldSuggestions(nestedFields(objectFrame(ctx))) : []),
  run(ctx, args) {
    const frame = objectFrame(ctx);
    const f = fieldWord(nestedFields(frame), args[0]);
    if (args[1]) throw new CliError(parseError(args[1].text));
    ctx.enterNested(frame, f);
    return [];
  },
};

export const entryVerbs: readonly Verb[] = [set, unset, append, select, unselect, configNested];
