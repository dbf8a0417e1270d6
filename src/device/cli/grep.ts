/**
 * `… | grep [-invcf] [-A n] [-B n] [-C n] <pattern>` over a command's output. `-f` keeps the
 * configuration around each match — the `config` block and the whole `edit` entry it sits in — and
 * marks matching lines with ` <---`, as a 6.0 device does.
 */
import type { Token } from './lexer';
import { CliError, incomplete, parseError } from './messages';

interface GrepOptions {
  ignoreCase: boolean;
  invert: boolean;
  count: boolean;
  context: boolean;
  numbers: boolean;
  after: number;
  before: number;
}

function parseArgs(args: readonly Token[]): { opts: GrepOptions; pattern: string } {
  const opts: GrepOptions = {
    ignoreCase: false,
    invert: false,
    count: false,
    context: false,
    numbers: false,
    after: 0,
    before: 0,
  };
  let i = 0;
  const number = (): number => {
    const word = args[++i];
    if (!word) throw new CliError(incomplete());
    if (!/^\d+$/.test(word.text)) throw new CliError(parseError(word.text));
    return Number(word.text);
  };
  for (; i < args.length; i++) {
    const word = args[i] as Token;
    if (word.quoted || !word.text.startsWith('-') || word.text === '-') break;
    for (const flag of word.text.slice(1)) {
      if (flag === 'i') opts.ignoreCase = true;
      else if (flag === 'v') opts.invert = true;
      else if (flag === 'c') opts.count = true;
      else if (flag === 'f') opts.context = true;
      else if (flag === 'n') opts.numbers = true;
      else if (flag === 'A') opts.after = number();
      else if (flag === 'B') opts.before = number();
      else if (flag === 'C') opts.after = opts.before = number();
      else throw new CliError(parseError(word.text));
    }
  }
  const pattern = args
    .slice(i)
    .map((w) => w.text)
    .join(' ');
  if (pattern === '') throw new CliError(incomplete());
  return { opts, pattern };
}

function matcher(pattern: string, ignoreCase: boolean): (line: string) => boolean {
  try {
    const re = new RegExp(pattern, ignoreCase ? 'i' : '');
    return (line) => re.test(line);
  } catch {
    const needle = ignoreCase ? pattern.toLowerCase() : pattern;
    return (line) => (ignoreCase ? line.toLowerCase() : line).includes(needle);
  }
}

interface Block {
  start: number;
  end: number;
  kind: 'config' | 'edit';
  children: Block[];
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** The `config`/`edit` blocks of configuration text, by their matching `end`/`next` lines. */
function blocksOf(lines: readonly string[]): Block[] {
  const roots: Block[] = [];
  const open: Block[] = [];
  lines.forEach((line, i) => {
    const word = line.trimStart().split(' ')[0];
    const top = open[open.length - 1];
    if (word === 'config' || word === 'edit') {
      const block: Block = { start: i, end: i, kind: word, children: [] };
      (top ? top.children : roots).push(block);
      open.push(block);
    } else if (
      top &&
      indentOf(line) === indentOf(lines[top.start] as string) &&
      (word === 'end' || word === 'next')
    ) {
      top.end = i;
      open.pop();
    }
  });
  for (const b of open) b.end = lines.length - 1;
  return roots;
}

/** Lines to keep for `-f`: whole entries holding a match, inside the `config` lines around them. */
function contextLines(lines: readonly string[], hit: readonly boolean[]): number[] {
  const keep = new Set<number>();
  const holds = (b: Block): boolean => hit.slice(b.start, b.end + 1).some(Boolean);
  const visit = (b: Block): void => {
    if (!holds(b)) return;
    const entries = b.children.filter((c) => c.kind === 'edit');
    if (b.kind === 'edit' || entries.length === 0) {
      for (let i = b.start; i <= b.end; i++) keep.add(i);
      return;
    }
    keep.add(b.start);
    keep.add(b.end);
    for (let i = b.start + 1; i < b.end; i++)
      if (hit[i] && !b.children.some((c) => c.start <= i && i <= c.end)) keep.add(i);
    b.children.forEach(visit);
  };
  const blocks = blocksOf(lines);
  blocks.forEach(visit);
  lines.forEach((_, i) => {
    if (hit[i] && !blocks.some((b) => b.start <= i && i <= b.end)) keep.add(i);
  });
  return [...keep].sort((a, b) => a - b);
}

export function grep(lines: readonly string[], args: readonly Token[]): string[] {
  const { opts, pattern } = parseArgs(args);
  const test = matcher(pattern, opts.ignoreCase);
  const hit = lines.map((l) => test(l) !== opts.invert);
  if (opts.count) return [String(hit.filter(Boolean).length)];
  const label = (i: number): string => (opts.numbers ? `${i + 1}:${lines[i]}` : (lines[i] as string));
  if (opts.context) return contextLines(lines, hit).map((i) => (hit[i] ? `${label(i)} <---` : label(i)));
  const keep = new Set<number>();
  hit.forEach((h, i) => {
    if (!h) return;
    for (let j = Math.max(0, i - opts.before); j <= Math.min(lines.length - 1, i + opts.after); j++)
      keep.add(j);
  });
  return [...keep].sort((a, b) => a - b).map(label);
}
