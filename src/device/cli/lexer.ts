/**
 * Splitting CLI text into words the way FortiOS does: blanks separate words, `"…"` and `'…'` hold
 * blanks, a backslash takes the next character literally (inside or outside quotes), and an unquoted
 * `|` starts a pipe (`show | grep -f fortiheartbeat`).
 *
 * A quoted word may span lines: real configuration files carry certificates that way (a 6.0.6 backup,
 * `set certificate "-----BEGIN CERTIFICATE-----` then the base64 lines, then `-----END CERTIFICATE-----"`).
 * So a configuration file is read as statements, not lines (`statements`), and `quoted` — the one
 * function that writes a value for `show`, backups and completion — escapes only `"` and `\`: every
 * string the device accepts, newlines and all, reads back exactly, and none can end its quotes early
 * to start a configuration line of its own.
 */

export interface Token {
  /** The word with quotes removed and escapes resolved. */
  text: string;
  /** Written in quotes (so `""` is an empty word, not no word). */
  quoted: boolean;
  /** Offsets in the line, for completion. */
  start: number;
  end: number;
}

export interface Lexed {
  /** The command before any pipe. */
  words: Token[];
  /** Each `| …` stage after it, as its own words. */
  pipes: Token[][];
  /** The line ends in a blank (or is empty): the next word has not been started. */
  endsWithBlank: boolean;
  /** A quote was opened and never closed. */
  openQuote: boolean;
}

const isBlank = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';
/** Characters that end a run of plain word characters outside quotes. */
const isSpecial = (c: string): boolean => isBlank(c) || c === '|' || c === '"' || c === "'" || c === '\\';

/**
 * Reads one statement of `text` from `from`: to the end of the text, or — when `untilNewline` — to
 * the first newline outside quotes. Returns the words and where the next statement starts.
 */
function scan(text: string, from: number, untilNewline: boolean): { lexed: Lexed; next: number } {
  const stages: Token[][] = [[]];
  let stage = stages[0] as Token[];
  let current: Token | null = null;
  let quote: '"' | "'" | null = null;
  let i = from;
  let next = text.length;
  while (i < text.length) {
    const c = text[i] as string;
    if (quote) {
      const token = current as Token;
      // the run of plain characters up to the next backslash or closing quote, in one slice
      let j = i;
      while (j < text.length && text[j] !== '\\' && text[j] !== quote) j++;
      if (j > i) {
        token.text += text.slice(i, j);
        token.end = i = j;
        continue;
      }
      if (c === '\\' && i + 1 < text.length) {
        token.text += text[i + 1];
        i += 2;
      } else if (c === quote) {
        quote = null;
        i++;
      } else {
        token.text += c;
        i++;
      }
      token.end = i;
      continue;
    }
    if (c === '\n' && untilNewline) {
      next = i + 1;
      break;
    }
    if (isBlank(c)) {
      current = null;
      i++;
      continue;
    }
    if (c === '|') {
      current = null;
      stage = [];
      stages.push(stage);
      i++;
      continue;
    }
    if (!current) {
      current = { text: '', quoted: false, start: i, end: i };
      stage.push(current);
    }
    if (c === '"' || c === "'") {
      quote = c;
      current.quoted = true;
      i++;
    } else if (c === '\\' && i + 1 < text.length) {
      current.text += text[i + 1];
      i += 2;
    } else {
      let j = i + 1;
      while (j < text.length && !isSpecial(text[j] as string)) j++;
      current.text += text.slice(i, j);
      i = j;
    }
    current.end = i;
  }
  const end = Math.min(i, text.length);
  const last = text[end - 1];
  return {
    lexed: {
      words: stages[0] as Token[],
      pipes: stages.slice(1),
      endsWithBlank: quote === null && (end === from || (last !== undefined && isBlank(last))),
      openQuote: quote !== null,
    },
    next,
  };
}

/** One CLI line (a newline outside quotes is a blank). */
export function lex(line: string): Lexed {
  return scan(line, 0, false).lexed;
}

export interface Statement {
  /** The line the statement starts on, from 1. */
  line: number;
  /** `#…` to the end of its line, when the statement is a comment (`#config-version=…`). */
  comment?: string;
  lexed: Lexed;
}

/** A configuration file as statements: one per line, except where a quoted value spans lines. */
export function statements(text: string): Statement[] {
  const out: Statement[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
    const start = line;
    let next: number;
    if (text[j] === '#') {
      const nl = text.indexOf('\n', j);
      next = nl < 0 ? text.length : nl + 1;
      const comment = text.slice(j, nl < 0 ? text.length : nl).replace(/\r$/, '');
      out.push({ line: start, comment, lexed: lex('') });
    } else {
      const read = scan(text, i, true);
      next = read.next;
      out.push({ line: start, lexed: read.lexed });
    }
    for (let k = text.indexOf('\n', i); k !== -1 && k < next; k = text.indexOf('\n', k + 1)) line++;
    i = next;
  }
  return out;
}

/** A value in double quotes, as `show` and backups write free text and names: only `"` and `\` escaped. */
export const quoted = (s: string): string => `"${s.replace(/[\\"]/g, (m) => `\\${m}`)}"`;

/** Writes a word back so `lex` reads it unchanged: quoted when it holds blanks, quotes or is empty. */
export function quoteWord(word: string): string {
  if (word !== '' && !/[\s"'\\|?]/.test(word)) return word;
  return quoted(word);
}
