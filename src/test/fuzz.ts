/**
 * What the seeded fuzzers of the doors share (src/api/fuzz.test.ts, src/device/cli/fuzz.test.ts):
 * the pieces hostile typed text is made of, and (from cpu-time.ts) the clock their one-second bound is
 * measured on.
 */

/**
 * Pieces of text a user may type into a value (a Comments box, a `set description`), as the fuzzers
 * string them together: line breaks of each kind, quotes and backslashes, `#`, the CLI's `|` and `?`,
 * text outside Latin-1, lines of the config language and a control character (issue 14). Each must
 * be stored and printed as typed, never change what a written file means, and come back from
 * Backup → Restore byte for byte.
 */
export const TYPED_TEXT_PIECES: readonly string[] = [
  '\n',
  '\r\n',
  '\r',
  '"',
  '\\',
  '\\"',
  '#',
  ' ',
  '  ',
  '\t',
  "'",
  '|',
  '?',
  '東京',
  '😀',
  '１２３',
  'é',
  'end',
  'next',
  'config system global',
  'set hostname x',
  'edit "a"',
  '-----BEGIN CERTIFICATE-----',
  '\u0001',
];

export { cpuMs } from './cpu-time';
