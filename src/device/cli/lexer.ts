/**
 * Splitting a CLI line into words the way FortiOS does: blanks separate words, `"…"` and `'…'` hold
 * blanks, a backslash takes the next character literally (inside or outside quotes), and an unquoted
 * `|` starts a pipe (`show | grep -f fortiheartbeat`).
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

export function lex(line: string): Lexed {
  const stages: Token[][] = [[]];
  let stage = stages[0] as Token[];
  let current: Token | null = null;
  let quote: '"' | "'" | null = null;
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (quote) {
      const token = current as Token;
      if (c === '\\' && i + 1 < line.length) {
        token.text += line[i + 1];
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
    if (c === ' ' || c === '\t') {
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
    } else if (c === '\\' && i + 1 < line.length) {
      current.text += line[i + 1];
      i += 2;
    } else {
      current.text += c;
      i++;
    }
    current.end = i;
  }
  const last = line[line.length - 1];
  return {
    words: stages[0] as Token[],
    pipes: stages.slice(1),
    endsWithBlank: quote === null && (line.length === 0 || last === ' ' || last === '\t'),
    openQuote: quote !== null,
  };
}

/** Writes a word back so `lex` reads it unchanged: quoted when it holds blanks, quotes or is empty. */
export function quoteWord(word: string): string {
  if (word !== '' && !/[\s"'\\|?]/.test(word)) return word;
  return `"${word.replace(/[\\"]/g, (m) => `\\${m}`)}"`;
}
