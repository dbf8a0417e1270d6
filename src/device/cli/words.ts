/**
 * Keywords may be shortened to any prefix that names one of them (`conf sys int`, `sh`, `diag`,
 * `set allow`, `set status dis`). A word that is a keyword in full wins over longer keywords it is a
 * prefix of (`ip` is `ip`, not `ip6`).
 */
import { CliError, ambiguous, parseError } from './messages';

export type Resolution =
  { kind: 'match'; word: string } | { kind: 'none' } | { kind: 'ambiguous'; words: string[] };

export function resolveWord(input: string, keywords: readonly string[]): Resolution {
  if (keywords.includes(input)) return { kind: 'match', word: input };
  if (input === '') return { kind: 'none' };
  const hits = keywords.filter((k) => k.startsWith(input));
  if (hits.length === 1) return { kind: 'match', word: hits[0] as string };
  if (hits.length === 0) return { kind: 'none' };
  return { kind: 'ambiguous', words: hits };
}

/** Resolves a keyword or throws the CLI's parse error for it. */
export function expectWord(input: string, keywords: readonly string[]): string {
  const r = resolveWord(input, keywords);
  if (r.kind === 'match') return r.word;
  if (r.kind === 'ambiguous') throw new CliError(ambiguous(input));
  throw new CliError(parseError(input));
}

/** The longest prefix all the words share (what Tab can fill in when several still fit). */
export function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0] as string;
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/**
 * Follows `words` down a tree of keywords (each may be shortened, expectWord) while `childrenOf` gives
 * the node's children; a wrong word is a parse error, running out of words before a leaf prints
 * `incompleteLines`. Returns the node reached and the words after it.
 */
export function followWords<N extends { word: string }, W extends { text: string }>(
  root: N,
  words: readonly W[],
  childrenOf: (node: N) => readonly N[] | undefined,
  incompleteLines: () => string[],
): { node: N; rest: W[] } {
  let at = root;
  let i = 0;
  for (let children = childrenOf(at); children; children = childrenOf(at)) {
    const word = words[i];
    if (!word) throw new CliError(incompleteLines());
    const found = expectWord(
      word.text,
      children.map((c) => c.word),
    );
    at = children.find((c) => c.word === found) as N;
    i++;
  }
  return { node: at, rest: words.slice(i) };
}
