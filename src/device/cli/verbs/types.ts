import type { CliContext, CliEvent, Level } from '../context';
import type { Token } from '../lexer';

/**
 * What may come next on a line, for `?` and Tab: a keyword (abbreviable), the name of something that
 * exists (completable, never abbreviated), or a placeholder such as `<string>` (shown, not completed).
 */
export interface Suggestion {
  word: string;
  help: string;
  kind: 'keyword' | 'name' | 'placeholder';
}

export type { CliEvent };

/** One CLI command: a small declarative object in the registry (the excalidraw action shape). */
export interface Verb {
  name: string;
  help: string;
  /** The levels that offer it: the top, inside `config <table>`, inside an entry or object. */
  levels: readonly Level[];
  /** Narrower than `levels` (`next` only inside `edit`). */
  available?(ctx: CliContext): boolean;
  /** What may follow `args` (the words typed after the verb, before the one being completed). */
  suggest?(ctx: CliContext, args: readonly Token[]): Suggestion[];
  /** Runs the command; returns the lines it prints. Throws `CliError` to refuse. */
  run(ctx: CliContext, args: readonly Token[]): string[];
}

export const keyword = (word: string, help: string): Suggestion => ({ word, help, kind: 'keyword' });
export const name = (word: string, help = ''): Suggestion => ({ word, help, kind: 'name' });
export const placeholder = (word: string, help: string): Suggestion => ({ word, help, kind: 'placeholder' });
