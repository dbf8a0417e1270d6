/**
 * Verbs inside `config <table>`: `edit`, `delete`, `rename … to …`, `clone … to …`. In a device table
 * `delete`/`rename`/`clone` are transactions of their own, applied at once; in a table nested inside
 * an entry they change the draft, which the entry's `next`/`end` commits.
 */
import { DeviceError } from '../../errors';
import type { Row } from '../../schema';
import type { CliContext, TableFrame } from '../context';
import { wordsToValue } from '../field-values';
import type { Token } from '../lexer';
import { CliError, deviceErrorLines, onDevice, takeWords } from '../messages';
import { expectWord } from '../words';
import { keyword, name, placeholder, type Suggestion, type Verb } from './types';

const tableFrame = (ctx: CliContext): TableFrame => ctx.frame as TableFrame;

const keyOf = (frame: TableFrame, row: Row): string => String(row[frame.mkey]);

function rowNames(ctx: CliContext): Suggestion[] {
  const frame = tableFrame(ctx);
  return ctx.rowsOf(frame).map((r) => name(keyOf(frame, r)));
}

/** The key word as the table's key field parses it (`edit 01` is entry 1 of an id table). */
function keyText(frame: TableFrame, word: Token): string {
  const f = frame.fields.find((x) => x.name === frame.mkey);
  return f ? String(wordsToValue(f, [word])) : word.text;
}

/** Runs one change on the device, printing the device's refusal as the CLI words it. */
function changeOnDevice(
  ctx: CliContext,
  change: () => void,
  inUseKey?: { path: string; key: string },
): string[] {
  const refs = inUseKey ? ctx.device.refCount(inUseKey.path, inUseKey.key) : undefined;
  onDevice(change, refs && refs > 0 ? refs : undefined);
  return [];
}

const entryNotFound = (): CliError =>
  new CliError(deviceErrorLines(new DeviceError('not-found', 'entry not found')));

const edit: Verb = {
  name: 'edit',
  help: 'Create new object or edit an existing object.',
  levels: ['table'],
  suggest: (ctx, args) =>
    args.length === 0 ? [...rowNames(ctx), placeholder('<name>', 'please input string value')] : [],
  run(ctx, args) {
    takeWords(args, 1);
    ctx.edit(tableFrame(ctx), args[0] as Token);
    return [];
  },
};

const del: Verb = {
  name: 'delete',
  help: 'Delete an object.',
  levels: ['table'],
  suggest: (ctx, args) => (args.length === 0 ? rowNames(ctx) : []),
  run(ctx, args) {
    takeWords(args, 1);
    const frame = tableFrame(ctx);
    const key = keyText(frame, args[0] as Token);
    const { schema } = frame;
    if (schema)
      return changeOnDevice(ctx, () => ctx.device.transact((tx) => tx.remove(schema.path, key), ctx.origin), {
        path: schema.path,
        key,
      });
    const rows = ctx.rowsOf(frame);
    const i = rows.findIndex((r) => keyOf(frame, r) === key);
    if (i < 0) throw entryNotFound();
    rows.splice(i, 1);
    return [];
  },
};

/** `rename <a> to <b>` / `clone <a> to <b>`: the words, checked. */
function fromTo(frame: TableFrame, args: readonly Token[]): { from: string; to: string } {
  takeWords(args, 3);
  expectWord((args[1] as Token).text, ['to']);
  return { from: keyText(frame, args[0] as Token), to: keyText(frame, args[2] as Token) };
}

const suggestFromTo = (ctx: CliContext, args: readonly Token[]): Suggestion[] => {
  if (args.length === 0) return rowNames(ctx);
  if (args.length === 1) return [keyword('to', 'to')];
  if (args.length === 2) return [placeholder('<name>', 'please input string value')];
  return [];
};

function nestedRename(ctx: CliContext, frame: TableFrame, from: string, to: string, copy: boolean): void {
  const rows = ctx.rowsOf(frame);
  const source = rows.find((r) => keyOf(frame, r) === from);
  if (!source) throw entryNotFound();
  if (rows.some((r) => keyOf(frame, r) === to))
    throw new CliError(deviceErrorLines(new DeviceError(-5, `A duplicate entry already exists: ${to}`)));
  const key = typeof source[frame.mkey] === 'number' ? Number(to) : to;
  if (copy) rows.push({ ...structuredClone(source), [frame.mkey]: key });
  else source[frame.mkey] = key;
}

/** `rename <from> to <to>` and `clone <from> to <to>`: the same words, moving the key or copying the row. */
function fromToVerb(name: 'rename' | 'clone', help: string): Verb {
  const copy = name === 'clone';
  return {
    name,
    help,
    levels: ['table'],
    suggest: suggestFromTo,
    run(ctx, args) {
      const frame = tableFrame(ctx);
      const { from, to } = fromTo(frame, args);
      const { schema } = frame;
      if (schema)
        return changeOnDevice(ctx, () =>
          ctx.device.transact(
            (tx) => (copy ? tx.clone(schema.path, from, to) : tx.rename(schema.path, from, to)),
            ctx.origin,
          ),
        );
      nestedRename(ctx, frame, from, to, copy);
      return [];
    },
  };
}

const rename = fromToVerb('rename', 'Rename an object.');
const clone = fromToVerb('clone', 'Clone an object.');

/**
 * `purge`: deletes every entry of the table after a y/n question, as 6.0 asks it (public CLI
 * transcripts of `config firewall policy` → `purge`):
 *
 *     (policy) # purge
 *     This operation will clear all table!
 *     Do you want to continue? (y/n)y
 *
 * In a device table it is one transaction, so an entry still in use refuses the whole purge (-23) and
 * nothing is deleted; in a table inside an entry it empties the draft, which `next`/`end` commits.
 */
const purge: Verb = {
  name: 'purge',
  help: 'Purge all entries.',
  levels: ['table'],
  suggest: () => [],
  run(ctx, args) {
    takeWords(args, 0);
    const frame = tableFrame(ctx);
    ctx.pending = {
      yes: () => {
        const { schema } = frame;
        if (schema)
          return changeOnDevice(ctx, () =>
            ctx.device.transact((tx) => {
              for (const row of [...tx.rows(schema.path)].reverse())
                tx.remove(schema.path, keyOf(frame, row));
            }),
          );
        ctx.rowsOf(frame).splice(0);
        return [];
      },
    };
    return ['This operation will clear all table!'];
  },
};

export const tableVerbs: readonly Verb[] = [edit, del, purge, rename, clone];
