/**
 * The CLI's commands, one small object each (`{ name, help, levels, suggest, run }`). The session
 * offers, at each level, the verbs whose `levels` include it — that list is also what `?` prints.
 */
import type { CliContext } from '../context';
import { CliError, parseError, takeWords } from '../messages';
import { configTree, pathChoices, walkPath } from '../table-words';
import { saveOnLogout } from '../../revisions';
import { diagnose, execute } from './commands';
import { entryVerbs } from './entry';
import { levelVerbs } from './levels';
import { showGetVerbs } from './show-get';
import { tableVerbs } from './table';
import { keyword, type Verb } from './types';

const config: Verb = {
  name: 'config',
  help: 'Configure object.',
  levels: ['root'],
  suggest: (_ctx, args) => (pathChoices(configTree, args) ?? []).map((n) => keyword(n.word, n.help)),
  run(ctx, args) {
    const { node, rest } = walkPath(configTree, args, false);
    if (rest[0] || !node.schema) throw new CliError(parseError(rest[0]?.text ?? node.word));
    ctx.enterTable(node.schema);
    return [];
  },
};

const exit: Verb = {
  name: 'exit',
  help: 'Exit the CLI.',
  levels: ['root'],
  run(ctx, args) {
    takeWords(args, 0);
    ctx.reset();
    ctx.event = 'exit';
    saveOnLogout(ctx.device, ctx.origin);
    return [];
  },
};

/** In the order `?` lists them. */
export const verbs: readonly Verb[] = [
  config,
  ...tableVerbs,
  ...entryVerbs,
  ...showGetVerbs,
  ...levelVerbs,
  diagnose,
  execute,
  exit,
];

export function verbsHere(ctx: CliContext): Verb[] {
  return verbs.filter((v) => v.levels.includes(ctx.level) && (v.available?.(ctx) ?? true));
}

export type { Suggestion, Verb, CliEvent } from './types';
