/**
 * `… | grep [-invcf] [-A n] [-B n] [-C n] <pattern>` over a command's output. `-f` keeps the
 * configuration around each match — the `config` block and the whole `edit` entry it sits in — and
 * marks matching lines with ` <---`, as a 6.0 device does.
 */
import type { Token } from './lexer';
import { CliError, incomplete, parseError } from './messages';
import { Pattern, PatternError } from './pattern';

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

/** The pattern as a linear-time regular expression, or (when it is not one) the words literally. */
function matcher(pattern: string, ignoreCase: boolean): (line: string) => boolean {
  try {
    const re = new Pattern(pattern, ignoreCase);
    return (line) => re.test(line);
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
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
  const keep = new Array<boolean>(lines.length).fill(false);
  // hits before each line, so "does this block hold a match" is one subtraction
  const before = new Int32Array(lines.length + 1);
  hit.forEach((h, i) => (before[i + 1] = (before[i] as number) + (h ? 1 : 0)));
  const holds = (b: Block): boolean => (before[b.end + 1] as number) > (before[b.start] as number);
  const visit = (b: Block): void => {
    if (!holds(b)) return;
    const entries = b.children.filter((c) => c.kind === 'edit');
    if (b.kind === 'edit' || entries.length === 0) {
      for (let i = b.start; i <= b.end; i++) keep[i] = true;
      return;
    }
    keep[b.start] = keep[b.end] = true;
    // matching lines of the block itself, between its children (children are in line order)
    let child = 0;
    for (let i = b.start + 1; i < b.end; i++) {
      const c = b.children[child];
      if (c && i >= c.start) {
        i = c.end;
        child++;
        continue;
      }
      if (hit[i]) keep[i] = true;
    }
    b.children.forEach(visit);
  };
  const blocks = blocksOf(lines);
  blocks.forEach(visit);
  let block = 0;
  for (let i = 0; i < lines.length; i++) {
    const b = blocks[block];
    if (b && i >= b.start) {
      i = b.end;
      block++;
      continue;
    }
    if (hit[i]) keep[i] = true;
  }
  return keep.flatMap((k, i) => (k ? [i] : []));
}

export function grep(lines: readonly string[], args: readonly Token[]): string[] {
  const { opts, pattern } = parseArgs(args);
  const test = matcher(pattern, opts.ignoreCase);
  const hit = lines.map((l) => test(l) !== opts.invert);
  if (opts.count) return [String(hit.filter(Boolean).length)];
  const label = (i: number): string => (opts.numbers ? `${i + 1}:${lines[i]}` : (lines[i] as string));
  if (opts.context) return contextLines(lines, hit).map((i) => (hit[i] ? `${label(i)} <---` : label(i)));
  // -A/-B: each line is kept when a hit lies within `before` lines after it or `after` lines before it
  const out: string[] = [];
  let lastHit = -Infinity;
  let nextHit = hit.indexOf(true);
  for (let i = 0; i < lines.length; i++) {
    if (hit[i]) lastHit = i;
    if (nextHit !== -1 && nextHit < i) nextHit = hit.indexOf(true, i);
    const near = i - lastHit <= opts.after || (nextHit !== -1 && nextHit - i <= opts.before);
    if (near) out.push(label(i));
  }
  return out;
}
