/**
 * A CLI session on the device: what the CLI Console (through the API door) sends lines to. It reads a
 * line, finds the verb (abbreviated or not) among those the current level offers, runs it, pipes the
 * output through `| grep`, and answers the text and the next prompt. `?` (a line ending in `?`) lists
 * what may come next; `complete` is Tab. Nothing a line contains makes `run` throw.
 */
import type { ChangeOrigin, Device } from '../config';
import { saveOnLogout } from '../revisions';
import { CliContext } from './context';
import { seededRandom, fnv1a } from '../rng';
import { grep } from './grep';
import { lex, quoteWord, type Token } from './lexer';
import { CliError, ambiguous, parseError, refusalOf, unknownAction } from './messages';
import { verbsHere, type CliEvent, type Suggestion, type Verb } from './verbs';
import { commonPrefix, expectWord, resolveWord } from './words';

export interface CliResult {
  /** What the device printed, lines joined by `\n` (empty when it printed nothing). */
  output: string;
  /** The prompt to show next: `FGT60E (port1) # `, or `Do you want to continue? (y/n)`. */
  prompt: string;
  /** After `?`: the line to put back in the input, as FortiOS redraws it. */
  input?: string;
  /** The console closes (`exit`) or the device went down (`execute reboot`, `execute factoryreset`). */
  event?: CliEvent;
}

export interface Completion {
  /** The line with the word under the cursor completed as far as it is certain. */
  line: string;
  /** Every word that fits there (empty when none does). */
  candidates: string[];
}

export interface CliSessionOptions {
  /** Makes `next` the device (factory reset, reboot). Default: its state replaces the current one's. */
  replaceDevice?: (next: Device) => void;
  /** Called for an exception that is not a refusal — a bug; the line still prints an error. */
  onInternalError?: (error: unknown) => void;
  /** Who the session's changes are recorded as in the change log (default: `CLI`, `admin`). */
  origin?: ChangeOrigin;
  /**
   * Makes the key `execute api-user generate-key` prints. The door that serves real clients gives the
   * platform's random generator; without one the key is derived from the device's clock and
   * revision (deterministic, as everything in the device is — fine for tests, not for a served key).
   */
  newKey?: () => string;
}

const KEY_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A 30-character key from the device's clock and revision (see `newKey`). */
function derivedKey(device: Device): string {
  const next = seededRandom(parseInt(fnv1a(`${device.revision}:${device.clock.now()}`), 16));
  return Array.from({ length: 30 }, () => KEY_ALPHABET[Math.floor(next() * 62)]).join('');
}

export class CliSession {
  private readonly ctx: CliContext;
  private readonly onInternalError: (error: unknown) => void;

  constructor(device: Device | (() => Device), opts: CliSessionOptions = {}) {
    const current = typeof device === 'function' ? device : () => device;
    this.ctx = new CliContext(
      current,
      opts.replaceDevice ?? ((next) => current().replace(next.state)),
      opts.newKey ?? (() => derivedKey(current())),
      opts.origin,
    );
    this.onInternalError = opts.onInternalError ?? (() => undefined);
  }

  prompt(): string {
    return this.ctx.prompt();
  }

  /** True while a y/n question waits: the device takes the next key as the answer, without Enter. */
  get asking(): boolean {
    return this.ctx.pending !== null;
  }

  run(line: string): CliResult {
    const ctx = this.ctx;
    ctx.event = null;
    let lines: string[];
    if (ctx.pending) {
      const pending = ctx.pending;
      ctx.pending = null;
      lines = /^\s*y/i.test(line) ? this.guard(() => pending.yes()) : ['Command aborted.'];
    } else if (isHelpRequest(line)) {
      const input = line.slice(0, -1);
      return { output: this.help(input), prompt: ctx.prompt(), input };
    } else {
      lines = this.guard(() => this.execute(line));
    }
    const result: CliResult = { output: lines.join('\n'), prompt: this.safePrompt() };
    if (ctx.event) result.event = ctx.event;
    return result;
  }

  /** Ctrl-C: answers a pending question with "no"; otherwise just a fresh prompt. */
  interrupt(): CliResult {
    const wasPending = this.ctx.pending !== null;
    this.ctx.pending = null;
    return { output: wasPending ? 'Command aborted.' : '', prompt: this.safePrompt() };
  }

  /**
   * The console went away without `exit` (an SSH connection dropped, its window closed): the admin
   * session ends as `exit` ends it — a question waiting and what was being edited are dropped, and
   * the logout revision is saved when `revision-backup-on-logout` asks for one.
   */
  hangUp(): void {
    const ctx = this.ctx;
    ctx.reset();
    this.guard(() => {
      saveOnLogout(ctx.device, ctx.origin);
      return [];
    });
  }

  /** What `?` prints after `line`: each word that may come next, with its one-line help. */
  help(line: string): string {
    const { suggestions } = this.position(line);
    const width = Math.max(12, ...suggestions.map((s) => s.word.length + 1));
    return suggestions.map((s) => `${s.word.padEnd(width)}${s.help}`.trimEnd()).join('\n');
  }

  /** Tab: completes the word being typed as far as the words that fit agree. */
  complete(line: string): Completion {
    if (this.ctx.pending) return { line, candidates: [] };
    const { suggestions, prefix, start } = this.position(line);
    const fits = suggestions.filter((s) => s.kind !== 'placeholder' && s.word.startsWith(prefix));
    const candidates = [...new Set(fits.map((s) => s.word))];
    const head = line.slice(0, start);
    if (candidates.length === 1) return { line: `${head}${quoteWord(candidates[0] as string)} `, candidates };
    const shared = commonPrefix(candidates);
    return { line: shared.length > prefix.length ? head + shared : line, candidates };
  }

  private execute(line: string): string[] {
    const lexed = lex(line);
    const [first, ...args] = lexed.words;
    if (!first) return lexed.pipes.length > 0 ? parseError('|') : [];
    const verb = this.verb(first);
    let lines = verb.run(this.ctx, args);
    for (const stage of lexed.pipes) lines = pipe(lines, stage);
    return lines;
  }

  private verb(word: Token): Verb {
    const here = verbsHere(this.ctx);
    const r = resolveWord(
      word.text,
      here.map((v) => v.name),
    );
    if (r.kind === 'ambiguous') throw new CliError(ambiguous(word.text));
    const verb = r.kind === 'match' ? here.find((v) => v.name === r.word) : undefined;
    if (!verb) throw new CliError(unknownAction());
    return verb;
  }

  /** Runs a command, turning every refusal into the lines the device prints. */
  private guard(run: () => string[]): string[] {
    try {
      return run();
    } catch (e) {
      const refusal = refusalOf(e);
      if (refusal) return [...refusal.lines];
      this.onInternalError(e);
      return [
        `internal error: ${e instanceof Error ? e.message : String(e)}`,
        'Command fail. Return code -1',
      ];
    }
  }

  private safePrompt(): string {
    try {
      return this.ctx.prompt();
    } catch (e) {
      this.onInternalError(e);
      this.ctx.reset();
      return '# ';
    }
  }

  /** The word under the cursor (`prefix` from offset `start`) and what may stand there. */
  private position(line: string): { suggestions: Suggestion[]; prefix: string; start: number } {
    const lexed = lex(line);
    if (lexed.pipes.length > 0) return { suggestions: [], prefix: '', start: line.length };
    const words = lexed.words;
    const current = lexed.endsWithBlank ? undefined : words[words.length - 1];
    const before = current ? words.slice(0, -1) : words;
    const prefix = current?.text ?? '';
    const start = current?.start ?? line.length;
    try {
      const suggestions =
        before.length === 0
          ? verbsHere(this.ctx).map((v): Suggestion => ({ word: v.name, help: v.help, kind: 'keyword' }))
          : (this.verbNamed(before[0] as Token)?.suggest?.(this.ctx, before.slice(1)) ?? []);
      return {
        suggestions: suggestions.filter((s) => s.kind === 'placeholder' || s.word.startsWith(prefix)),
        prefix,
        start,
      };
    } catch (e) {
      if (!refusalOf(e)) this.onInternalError(e);
      return { suggestions: [], prefix, start };
    }
  }

  private verbNamed(word: Token): Verb | undefined {
    const here = verbsHere(this.ctx);
    const r = resolveWord(
      word.text,
      here.map((v) => v.name),
    );
    return r.kind === 'match' ? here.find((v) => v.name === r.word) : undefined;
  }
}

/** A line ending in an unquoted `?` asks for help instead of running. */
export function isHelpRequest(line: string): boolean {
  return line.endsWith('?') && !lex(line.slice(0, -1)).openQuote;
}

function pipe(lines: string[], stage: readonly Token[]): string[] {
  const [command, ...args] = stage;
  if (!command) throw new CliError(parseError('|'));
  expectWord(command.text, ['grep']);
  // A multi-line value prints over several lines, and grep reads lines.
  return grep(
    lines.flatMap((l) => l.split('\n')),
    args,
  );
}
