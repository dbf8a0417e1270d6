/**
 * Leaving a level: `next` (save the entry, back to the table), `end` (save and leave the `config`
 * level) and `abort` (leave without saving). Saving a device entry is where the draft becomes one
 * transaction; when the device refuses it, its error is printed and nothing of the draft remains.
 */
import type { CliContext, ObjectFrame } from '../context';
import { onDevice, takeWords } from '../messages';
import type { Verb } from './types';

/**
 * Commits the draft; a refusal becomes the CLI's error lines. A change to Transparent mode says so, as
 * real units print `Changing to TP mode` at its `end` (6.4.7 and 7.0.3 transcripts, docs/fortios-6.0.md
 * §4.4); no words are known for the change back, so it prints none (Decision, §4.4).
 */
function commit(ctx: CliContext): string[] {
  const saved = onDevice(() => ctx.commit());
  return saved?.path === 'system settings' && saved.patch.opmode === 'transparent'
    ? ['Changing to TP mode']
    : [];
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
