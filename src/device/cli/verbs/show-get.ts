/**
 * `show [full-configuration] [path [name]]` and `get [path [name]]`. At the top level they take a path;
 * inside a level they print that level — an entry or object as it stands in the draft, including
 * changes not yet saved.
 */
import type { Device } from '../../config';
import type { Row, TableSchema } from '../../schema';
import { configurationLines } from '../backup';
import type { CliContext, ObjectFrame, TableFrame } from '../context';
import { getLines, tableGetLines } from '../get';
import type { Token } from '../lexer';
import { CliError, incompletePath, parseError, takeWords } from '../messages';
import { configTree, getTree, pathChoices, walkPath, type PathNode } from '../table-words';
import { objectLines, rowLines, rowsLines, tableLines, type ShowOptions } from '../show';
import { performanceStatusLines, systemStatusLines } from '../status';
import { resolveWord } from '../words';
import { keyword, name, type Suggestion, type Verb } from './types';

const FULL = 'full-configuration';

const pathSuggestions = (nodes: readonly PathNode[]): Suggestion[] =>
  nodes.map((n) => keyword(n.word, n.help));

/** After a complete table path: the names of its rows. */
function keySuggestions(
  device: Device,
  schema: TableSchema | undefined,
  rest: readonly Token[],
): Suggestion[] {
  if (!schema || schema.kind !== 'table' || rest.length > 0) return [];
  const mkey = schema.mkey ?? 'name';
  return device.rows(schema.path).map((r) => name(String(r[mkey])));
}

function suggestPath(ctx: CliContext, root: PathNode, args: readonly Token[]): Suggestion[] {
  const choices = pathChoices(root, args);
  if (choices) return pathSuggestions(choices);
  try {
    const walked = walkPath(root, args, true);
    return keySuggestions(ctx.device, walked.node.schema, walked.rest);
  } catch {
    return [];
  }
}

/** The row named by the word after a table path, for `show`/`get <path> <name>`. */
function namedRow(device: Device, schema: TableSchema, rest: readonly Token[]): Row | null {
  if (rest.length === 0) return null;
  if (schema.kind !== 'table' || rest.length > 1)
    throw new CliError(parseError((rest[1] ?? rest[0])?.text ?? ''));
  const row = device.find(schema.path, (rest[0] as Token).text);
  if (!row) throw new CliError(incompletePath());
  return row;
}

function showAtRoot(ctx: CliContext, args: readonly Token[]): string[] {
  let full = false;
  let rest = args;
  const first = args[0];
  if (first) {
    const r = resolveWord(first.text, [FULL, ...configTree.children.map((c) => c.word)]);
    if (r.kind === 'match' && r.word === FULL) {
      full = true;
      rest = args.slice(1);
    }
  }
  const opts = { full };
  if (rest.length === 0) return configurationLines(ctx.device, opts);
  const { node, rest: after } = walkPath(configTree, rest, true);
  const schema = node.schema as TableSchema;
  const row = namedRow(ctx.device, schema, after);
  return row ? rowLines(schema, row, opts) : tableLines(schema, ctx.device.read(schema.path), opts);
}

/** `show` inside a level. */
function showHere(ctx: CliContext, opts: ShowOptions): string[] {
  const frame = ctx.frame;
  const below = ctx.frames[ctx.frames.length - 2];
  if (frame?.kind === 'table') {
    if (frame.schema) return tableLines(frame.schema, ctx.rowsOf(frame), opts);
    return [
      `config ${frame.label}`,
      ...rowsLines(frame.fields, frame.mkey, ctx.rowsOf(frame), 1, opts),
      'end',
    ];
  }
  const object = frame as ObjectFrame;
  if (object.schema)
    return object.opened === 'edit'
      ? rowLines(object.schema, object.target, opts)
      : tableLines(object.schema, object.target, opts);
  if (object.opened === 'config')
    return [`config ${object.label}`, ...objectLines(object.fields, object.target, 1, opts), 'end'];
  const table = below as TableFrame;
  return [`config ${table.label}`, ...rowsLines(object.fields, table.mkey, [object.target], 1, opts), 'end'];
}

const show: Verb = {
  name: 'show',
  help: 'Show configuration.',
  levels: ['root', 'table', 'object'],
  suggest(ctx, args) {
    if (ctx.level !== 'root') return args.length === 0 ? [keyword(FULL, 'Show full configuration.')] : [];
    const first = args[0];
    const full = first && resolveWord(first.text, [FULL, ...configTree.children.map((c) => c.word)]);
    const pathArgs = full && full.kind === 'match' && full.word === FULL ? args.slice(1) : args;
    const extra = pathArgs === args ? [keyword(FULL, 'Show full configuration.')] : [];
    return [...(args.length === 0 ? extra : []), ...suggestPath(ctx, configTree, pathArgs)];
  },
  run(ctx, args) {
    if (ctx.level === 'root') return showAtRoot(ctx, args);
    let full = false;
    if (args[0]) {
      const r = resolveWord(args[0].text, [FULL]);
      if (r.kind !== 'match') throw new CliError(parseError(args[0].text));
      full = true;
    }
    if (args[1]) throw new CliError(parseError(args[1].text));
    return showHere(ctx, { full });
  },
};

function getAtRoot(ctx: CliContext, args: readonly Token[]): string[] {
  const { node, rest } = walkPath(getTree, args, true);
  if (node.status) {
    if (rest[0]) throw new CliError(parseError(rest[0].text));
    return node.status === 'system status'
      ? systemStatusLines(ctx.device)
      : performanceStatusLines(ctx.device);
  }
  const schema = node.schema as TableSchema;
  const data = ctx.device.read(schema.path);
  if (!Array.isArray(data)) {
    if (rest[0]) throw new CliError(parseError(rest[0].text));
    return getLines(schema.fields, data);
  }
  const row = namedRow(ctx.device, schema, rest);
  return row
    ? getLines(schema.fields, row)
    : tableGetLines(schema.fields, schema.mkey ?? 'name', data, schema);
}

const get: Verb = {
  name: 'get',
  help: 'Get dynamic and system information.',
  levels: ['root', 'table', 'object'],
  suggest: (ctx, args) => (ctx.level === 'root' ? suggestPath(ctx, getTree, args) : []),
  run(ctx, args) {
    if (ctx.level === 'root') {
      if (args.length === 0) throw new CliError(incompletePath());
      return getAtRoot(ctx, args);
    }
    takeWords(args, 0);
    const frame = ctx.frame;
    if (frame?.kind === 'table')
      return tableGetLines(frame.fields, frame.mkey, ctx.rowsOf(frame), frame.schema);
    const object = frame as ObjectFrame;
    return getLines(object.fields, object.target);
  },
};

export const showGetVerbs: readonly Verb[] = [get, show];
