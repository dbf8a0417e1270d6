/**
 * Leaving a level: `next` (save the entry, back to the table), `end` (save and leave the `config`
 * level) and `abort` (leave without saving). Saving a device entry is where the draft becomes one
 * transaction; when the device refuses it, its error is printed and nothing of the draft remains.
 */
import { DeviceError } from '../../errors';
import type { CliContext, ObjectFrame } from '../context';
import type { Token } from '../lexer';
import { CliError, deviceErrorLines, parseError } from '../messages';
import type { Verb } from './types';

function noArgs(args: readonly Token[]): void {
  if (args[0]) throw new CliError(parseError(args[0].text));
}

/** Commits the draft; a refusal becomes the CLI's error lines. */
function commit(ctx: CliContext): string[] {
  try {
    ctx.commit();
    return [];
  } catch (e) {
    if (e instanceof DeviceError) throw new CliError(deviceErrorLines(e));
    throw e;
  }
}

const next: Verb = {
  name: 'next',
  help: 'Configure next table entry.',
  levels: ['object'],
  available: (ctx) => (ctx.frame as ObjectFrame).opened === 'edit',
  run(ctx, args) {
    noArgs(args);
    const frame = ctx.frames.pop() as ObjectFrame;
    return frame.schema ? commit(ctx) : [];
  },
};

const end: Verb = {
  name: 'end',
  help: 'End and save last config.',
  levels: ['table', 'object'],
  run(ctx, args) {
    noArgs(args);
    const frame = ctx.frames.pop();
    if (!frame || frame.kind === 'table') return [];
    if (frame.opened === 'edit') ctx.frames.pop();
    if (!frame.schema) return [];
    try {
      return commit(ctx);
    } finally {
      ctx.reset();
    }
  },
};

const abort: Verb = {
  name: 'abort',
  help: 'End and discard last config.',
  levels: ['table', 'object'],
  run(ctx, args) {
    noArgs(args);
    ctx.abort();
    return [];
  },
};

export const levelVerbs: readonly Verb[] = [next, end, abort];
