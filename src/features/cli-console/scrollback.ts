/**
 * The console's text, kept as plain lines (never HTML): what the device printed and the echoed input.
 * Only the last `MAX_SCROLLBACK_LINES` are kept, as a terminal's scrollback does.
 */

export const MAX_SCROLLBACK_LINES = 2000;

/** `lines` with `text` (one or more `\n`-separated lines) added, trimmed to the last `max`. */
export function appendText(lines: readonly string[], text: string, max = MAX_SCROLLBACK_LINES): string[] {
  const next = [...lines, ...text.split(/\r\n|\n|\r/)];
  return next.length > max ? next.slice(next.length - max) : next;
}

/** A y/n question from the device (`Do you want to continue? (y/n)`) rather than a command prompt. */
export function isQuestion(prompt: string): boolean {
  return /\(y\/n\)\s*$/.test(prompt);
}

/**
 * Whether `line` ends inside an unclosed quote (`"…` or `'…`), where `?` is a character rather than a
 * help request. Quoting as the device's lexer reads it: a backslash takes the next character.
 */
export function inOpenQuote(line: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
  }
  return quote !== null;
}

/** Tab with several candidates: the words in columns of equal width, as many as fit in `width`. */
export function columns(words: readonly string[], width = 80): string[] {
  if (words.length === 0) return [];
  const cell = Math.max(...words.map((w) => w.length)) + 2;
  const perLine = Math.max(1, Math.floor(width / cell));
  const rows: string[] = [];
  for (let i = 0; i < words.length; i += perLine)
    rows.push(
      words
        .slice(i, i + perLine)
        .map((w) => w.padEnd(cell))
        .join('')
        .trimEnd(),
    );
  return rows;
}

/** Pasted text split into lines: every complete line runs, the unfinished last one stays in the input. */
export function splitPaste(text: string): { run: string[]; rest: string } {
  const parts = text.split(/\r\n|\n|\r/);
  const rest = parts.pop() ?? '';
  return { run: parts, rest };
}
