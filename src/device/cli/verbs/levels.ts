/**
 * Leaving a level: `next` (save the entry, back to the table), `end` (save and leave the `config`
 * level) and `abort` (leave without saving). Saving a device entry is where the draft becomes one
 * transaction; when the device refuses it, its error is printed and nothing of the draft remains.
 */
import type { CliContext, ObjectFrame } from '../context';
import { onDevice, takeWords } from '../messages';
import type { Verb } from './types';

/** Commits the draft; a refusal becomes the CLI's error lines. */
function commit(ctx: CliContext): string[] {
  onDevice(() => ctx.commit());
  return [];
}

const next: Verb = {
  name: 'next',
  help: 'Configure next table entry.',
  levels: ['object'],
  available: (ctx) => (ctx.frame as ObjectFrame).opened === 'edit',
  run(ctx, args) {
    takeWords(args, 0);
    const frame = ctx.frames.pop() as ObjectFrame;
    return frame.schema ? commit(ctx) : [];
  },
};

const end: Verb = {
  name: 'end',
  help: 'End and save last config.',
  levels: ['table', 'object'],
  run(ctx, args) {
    takeWords(args, 0);
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
    takeWords(args, 0);
    ctx.abort();
    return [];
  },
};

export const levelVerbs: readonly Verb[] = [next, end, abort];
