/**
 * The CLI on an interactive SSH terminal, as a FortiGate's console behaves: the prompt, echo and line
 * editing (←/→, Home/End, Backspace, Delete, Ctrl-A/E/B/F/U), ↑/↓ history, `?` that lists what may come
 * next without Enter, Tab, Ctrl-C, y/n questions answered by one key, and long output paged with
 * `--More--` while `config system console` says `set output more` (the factory default).
 *
 * It knows nothing of SSH: it is fed what the client typed and writes terminal text, so the SSH door
 * and the tests drive the same object. Everything it runs goes through one `CliSession`, the same
 * interpreter the web console's CLI door uses.
 */
import { isHelpRequest, type CliResult, type CliSession } from '../../device';
import { KeyReader, type Key } from './keys';

export interface TerminalIo {
  write(text: string): void;
  /** The session ends (`exit`, or the device went down). */
  close(): void;
}

export interface ShellOptions {
  /** `more` pages output that is longer than the terminal; `standard` prints it whole. */
  outputMode(): string;
  /** Terminal height in rows, as the client's pty request and window changes tell it. */
  rows(): number;
  /** Most lines kept in ↑/↓ history. */
  historySize?: number;
}

const MORE = '--More-- ';
const ERASE_MORE = `\r${' '.repeat(MORE.length)}\r`;

/** `\n` → `\r\n`: a terminal in raw mode moves down without going back to the first column. */
export const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');

const left = (n: number): string => (n > 0 ? `\x1b[${n}D` : '');

interface Paging {
  lines: string[];
  at: number;
  then: () => void;
}

export class CliShell {
  private readonly keys = new KeyReader();
  private line = '';
  private cursor = 0;
  private readonly history: string[] = [];
  /** Position while recalling history; `history.length` is the line being typed. */
  private recall = 0;
  private draft = '';
  private paging: Paging | null = null;
  private closed = false;

  constructor(
    private readonly session: CliSession,
    private readonly io: TerminalIo,
    private readonly options: ShellOptions,
  ) {}

  /**
   * The connection went away without `exit`: the session ends as `exit` ends it (CliSession.hangUp).
   * Nothing when the session already ended.
   */
  hangUp(): void {
    if (this.closed) return;
    this.closed = true;
    this.paging = null;
    this.session.hangUp();
  }

  /** Shows the first prompt. */
  start(): void {
    this.io.write(this.session.prompt());
  }

  /** What the client sent. */
  feed(chunk: string): void {
    for (const key of this.keys.read(chunk)) {
      if (this.closed) return;
      if (this.paging) this.pageKey(key);
      else if (this.session.asking) this.answerKey(key);
      else this.editKey(key);
    }
  }

  private editKey(key: Key): void {
    switch (key.kind) {
      case 'text':
        for (const ch of key.text) {
          if (this.session.asking) {
            this.answerKey({ kind: 'text', text: ch });
          } else if (ch === '?' && isHelpRequest(this.lineWithCursorText('?'))) {
            this.help();
          } else {
            this.insert(ch);
          }
          if (this.closed || this.paging) return;
        }
        return;
      case 'enter':
        return this.submit();
      case 'backspace':
        if (this.cursor === 0) return;
        this.cursor -= 1;
        this.deleteAt(this.cursor, true);
        return;
      case 'delete':
      case 'eof':
        if (this.cursor < this.line.length) this.deleteAt(this.cursor, false);
        return;
      case 'left':
        if (this.cursor > 0) {
          this.cursor -= 1;
          this.io.write(left(1));
        }
        return;
      case 'right':
        if (this.cursor < this.line.length) {
          this.io.write(this.line[this.cursor] as string);
          this.cursor += 1;
        }
        return;
      case 'home':
        this.io.write(left(this.cursor));
        this.cursor = 0;
        return;
      case 'end':
        this.io.write(this.line.slice(this.cursor));
        this.cursor = this.line.length;
        return;
      case 'kill-line':
        this.replaceLine('');
        return;
      case 'up':
      case 'down':
        return this.recallHistory(key.kind === 'up' ? -1 : 1);
      case 'tab':
        return this.complete();
      case 'interrupt':
        this.line = '';
        this.cursor = 0;
        return this.finish(this.session.interrupt());
    }
  }

  /** The line as it will be once `text` is typed at the cursor (a `?` asks for help only at the end). */
  private lineWithCursorText(text: string): string {
    return this.cursor === this.line.length ? this.line + text : '';
  }

  private insert(ch: string): void {
    const tail = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor) + ch + tail;
    this.cursor += 1;
    this.io.write(ch + tail + left(tail.length));
  }

  private deleteAt(i: number, backwards: boolean): void {
    this.line = this.line.slice(0, i) + this.line.slice(i + 1);
    const tail = this.line.slice(i);
    this.io.write(`${backwards ? '\b' : ''}${tail} ${left(tail.length + 1)}`);
  }

  /** Redraws the line as `next`, cursor at its end. */
  private replaceLine(next: string): void {
    this.io.write(`${left(this.cursor)}\x1b[K${next}`);
    this.line = next;
    this.cursor = next.length;
  }

  private recallHistory(step: -1 | 1): void {
    const to = this.recall + step;
    if (to < 0 || to > this.history.length) return;
    if (this.recall === this.history.length) this.draft = this.line;
    this.recall = to;
    this.replaceLine(to === this.history.length ? this.draft : (this.history[to] as string));
  }

  private remember(line: string): void {
    if (line.trim() === '' || this.history[this.history.length - 1] === line) return;
    this.history.push(line);
    const max = this.options.historySize ?? 100;
    if (this.history.length > max) this.history.splice(0, this.history.length - max);
  }

  private submit(): void {
    const line = this.line;
    this.remember(line);
    this.line = '';
    this.cursor = 0;
    this.recall = this.history.length;
    this.io.write('\r\n');
    this.finish(this.session.run(line), false);
  }

  /** `?`: the device lists what may follow, then shows the prompt and the line again. */
  private help(): void {
    const result = this.session.run(`${this.line}?`);
    this.io.write('\r\n');
    this.print(result.output, () => {
      this.io.write(`${result.prompt}${result.input ?? this.line}`);
      this.line = result.input ?? this.line;
      this.cursor = this.line.length;
    });
  }

  private complete(): void {
    const { line, candidates } = this.session.complete(this.line);
    if (line !== this.line) {
      if (line.startsWith(this.line) && this.cursor === this.line.length) {
        this.io.write(line.slice(this.line.length));
        this.line = line;
        this.cursor = line.length;
      } else {
        this.replaceLine(line);
      }
      return;
    }
    if (candidates.length > 1) {
      this.io.write('\r\n');
      this.print(candidates.join('\n'), () => {
        this.io.write(`${this.session.prompt()}${this.line}`);
        this.cursor = this.line.length;
      });
    }
  }

  /** A y/n question takes the first key typed as its answer, as the device does. */
  private answerKey(key: Key): void {
    if (key.kind === 'interrupt') return this.finish(this.session.interrupt());
    if (key.kind !== 'text') return;
    const answer = key.text[0] as string;
    this.io.write(`${answer}\r\n`);
    this.finish(this.session.run(answer), false);
  }

  /** Prints what a command answered, then the next prompt (or ends the session). */
  private finish(result: CliResult, newline = true): void {
    if (newline) this.io.write('\r\n');
    this.print(result.output, () => {
      if (result.event) {
        this.closed = true;
        this.io.close();
        return;
      }
      this.io.write(result.prompt);
    });
  }

  /** Writes `output` (and a line break after it), paged when it is longer than the terminal. */
  private print(output: string, then: () => void): void {
    if (output === '') return then();
    const lines = output.split('\n');
    const page = Math.max(1, this.options.rows() - 1);
    if (this.options.outputMode() !== 'more' || lines.length <= page) {
      this.io.write(crlf(`${output}\n`));
      return then();
    }
    this.io.write(crlf(`${lines.slice(0, page).join('\n')}\n`) + MORE);
    this.paging = { lines, at: page, then };
  }

  /** At `--More--`: space shows the next page, Enter the next line, q or Ctrl-C stops. */
  private pageKey(key: Key): void {
    const paging = this.paging as Paging;
    const stop = key.kind === 'interrupt' || (key.kind === 'text' && /^[qQ]/.test(key.text));
    const step =
      key.kind === 'enter'
        ? 1
        : key.kind === 'text' && key.text.startsWith(' ')
          ? this.options.rows() - 1
          : 0;
    if (!stop && step === 0) return;
    this.io.write(ERASE_MORE);
    if (!stop) {
      const next = paging.lines.slice(paging.at, paging.at + Math.max(1, step));
      paging.at += next.length;
      this.io.write(crlf(`${next.join('\n')}\n`));
      if (paging.at < paging.lines.length) {
        this.io.write(MORE);
        return;
      }
    }
    this.paging = null;
    paging.then();
  }
}
