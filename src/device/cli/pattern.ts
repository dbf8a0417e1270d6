/**
 * The regular expressions of `| grep`, matched in time linear in the line (issue 14: one
 * `get system status | grep "(.*.*)*X"` froze the tab, because JavaScript's own RegExp backtracks).
 *
 * The pattern is compiled to a Thompson NFA and run as a lazily built DFA, as RE2 does: each DFA
 * state is a set of NFA states, built the first time the line reaches it and then cached, so a line
 * costs one table step per character once warm and at most one NFA step (bounded by the program
 * size) when not. The cache is dropped when it grows past `MAX_DFA_STATES`, so memory stays bounded.
 *
 * Syntax: what `grep -E` and the earlier `RegExp`-based grep shared — literals, `.`, `[…]` classes
 * with ranges and `^` negation, `\d \D \w \W \s \S` and escaped metacharacters, groups `(…)` and
 * `(?:…)`, `|`, `* + ?`, `{m}`, `{m,}`, `{m,n}` (up to `MAX_REPEAT`), and the anchors `^` and `$`.
 * Anything else (back-references, look-around) is not a pattern grep can run in linear time: it is
 * refused as a pattern and the caller matches the words literally, as grep did for invalid patterns.
 */

/** Largest `{m,n}` bound (RE2's limit). */
export const MAX_REPEAT = 1000;
/** Largest compiled program, in NFA instructions. */
export const MAX_PROGRAM = 20_000;
/** DFA states kept before the cache is dropped and rebuilt. */
const MAX_DFA_STATES = 4_000;

export class PatternError extends Error {}

type CharTest = (c: string) => boolean;

type Node =
  | { kind: 'char'; test: CharTest }
  | { kind: 'empty' }
  | { kind: 'bol' }
  | { kind: 'eol' }
  | { kind: 'concat'; parts: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

const isDigit: CharTest = (c) => c >= '0' && c <= '9';
const isWord: CharTest = (c) => isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isSpace: CharTest = (c) =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';

const classEscapes: Record<string, CharTest> = {
  d: isDigit,
  D: (c) => !isDigit(c),
  w: isWord,
  W: (c) => !isWord(c),
  s: isSpace,
  S: (c) => !isSpace(c),
};

const literalEscapes: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };

function caseless(test: CharTest, ignoreCase: boolean): CharTest {
  if (!ignoreCase) return test;
  return (c) => test(c) || test(c.toLowerCase()) || test(c.toUpperCase());
}

/** A recursive-descent parser over the pattern's code points; nesting depth is bounded. */
class Parser {
  private i = 0;
  private depth = 0;
  private readonly chars: string[];

  constructor(
    pattern: string,
    private readonly ignoreCase: boolean,
  ) {
    this.chars = [...pattern];
  }

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.chars.length) throw new PatternError(`unexpected ${this.chars[this.i]}`);
    return node;
  }

  private peek(): string | undefined {
    return this.chars[this.i];
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] as Node) : { kind: 'alt', options };
  }

  private sequence(): Node {
    const parts: Node[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek())
      parts.push(this.quantified());
    return parts.length === 1 ? (parts[0] as Node) : { kind: 'concat', parts };
  }

  private quantified(): Node {
    let node = this.atom();
    for (;;) {
      const c = this.peek();
      let min: number;
      let max: number;
      if (c === '*') [min, max] = [0, Infinity];
      else if (c === '+') [min, max] = [1, Infinity];
      else if (c === '?') [min, max] = [0, 1];
      else if (c === '{') {
        const bounds = this.bounds();
        if (!bounds) return node;
        [min, max] = bounds;
      } else return node;
      if (c !== '{') this.i++;
      // A lazy or possessive marker changes which match is found, never whether one is.
      if (this.peek() === '?' || this.peek() === '+') this.i++;
      if (node.kind === 'bol' || node.kind === 'eol') throw new PatternError('nothing to repeat');
      node = { kind: 'repeat', node, min, max };
    }
  }

  /** `{m}`, `{m,}`, `{m,n}` at the cursor (consumed), or null when `{` is a literal. */
  private bounds(): [number, number] | null {
    const rest = this.chars.slice(this.i, this.i + 16).join('');
    const m = /^\{(\d+)(,(\d*))?\}/.exec(rest);
    if (!m) return null;
    this.i += [...m[0]].length;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT) || max < min)
      throw new PatternError('bad repetition count');
    return [min, max];
  }

  private atom(): Node {
    const c = this.chars[this.i++];
    switch (c) {
      case undefined:
        throw new PatternError('missing');
      case '.':
        return { kind: 'char', test: (x) => x !== '\n' };
      case '^':
        return { kind: 'bol' };
      case '$':
        return { kind: 'eol' };
      case '(': {
        if (++this.depth > 200) throw new PatternError('too deeply nested');
        if (this.peek() === '?') {
          if (this.chars[this.i + 1] !== ':') throw new PatternError('unsupported group');
          this.i += 2;
        }
        const inner = this.alternation();
        if (this.chars[this.i++] !== ')') throw new PatternError('missing )');
        this.depth--;
        return inner;
      }
      case ')':
      case '*':
      case '+':
      case '?':
        throw new PatternError(`nothing to repeat before ${c}`);
      case '[':
        return { kind: 'char', test: this.bracket() };
      case '\\':
        return this.escape();
      default:
        return this.literal(c);
    }
  }

  private literal(c: string): Node {
    return { kind: 'char', test: caseless((x) => x === c, this.ignoreCase) };
  }

  private escape(): Node {
    const c = this.chars[this.i++];
    if (c === undefined) throw new PatternError('trailing backslash');
    const cls = classEscapes[c];
    if (cls) return { kind: 'char', test: cls };
    if (/[1-9bBkpPuxc0]/.test(c)) throw new PatternError(`unsupported escape \\${c}`);
    return this.literal(literalEscapes[c] ?? c);
  }

  /** `[…]` after its `[`: ranges, negation, class escapes. */
  private bracket(): CharTest {
    const negated = this.peek() === '^';
    if (negated) this.i++;
    const tests: CharTest[] = [];
    let first = true;
    for (;;) {
      const c = this.chars[this.i++];
      if (c === undefined) throw new PatternError('missing ]');
      if (c === ']' && !first) break;
      first = false;
      let lo = c;
      if (c === '\\') {
        const e = this.chars[this.i++];
        if (e === undefined) throw new PatternError('trailing backslash');
        const cls = classEscapes[e];
        if (cls) {
          tests.push(cls);
          continue;
        }
        lo = literalEscapes[e] ?? e;
      }
      if (this.peek() === '-' && this.chars[this.i + 1] !== undefined && this.chars[this.i + 1] !== ']') {
        this.i++;
        let hi = this.chars[this.i++] as string;
        if (hi === '\\') {
          const e = this.chars[this.i++];
          if (e === undefined) throw new PatternError('trailing backslash');
          hi = literalEscapes[e] ?? e;
        }
        const [a, b] = [lo.codePointAt(0) as number, hi.codePointAt(0) as number];
        if (b < a) throw new PatternError('bad range');
        tests.push((x) => {
          const n = x.codePointAt(0) as number;
          return n >= a && n <= b;
        });
      } else tests.push((x) => x === lo);
    }
    const any = caseless((x) => tests.some((t) => t(x)), this.ignoreCase);
    return negated ? (x) => !any(x) : any;
  }
}

/** NFA instructions: a character test, a fork, an assertion, or the match. */
type Inst =
  | { op: 'char'; test: CharTest; next: number }
  | { op: 'split'; next: number; alt: number }
  | { op: 'jump'; next: number }
  | { op: 'bol'; next: number }
  | { op: 'eol'; next: number }
  | { op: 'match' };

class Compiler {
  readonly prog: Inst[] = [];

  private emit(inst: Inst): number {
    if (this.prog.length >= MAX_PROGRAM) throw new PatternError('pattern too large');
    this.prog.push(inst);
    return this.prog.length - 1;
  }

  /** Compiles `node` so that it continues at `next`; returns its entry. Built back to front. */
  compile(node: Node, next: number): number {
    switch (node.kind) {
      case 'char':
        return this.emit({ op: 'char', test: node.test, next });
      case 'empty':
        return next;
      case 'bol':
        return this.emit({ op: 'bol', next });
      case 'eol':
        return this.emit({ op: 'eol', next });
      case 'concat': {
        let at = next;
        for (let k = node.parts.length - 1; k >= 0; k--) at = this.compile(node.parts[k] as Node, at);
        return at;
      }
      case 'alt': {
        let at = this.compile(node.options[node.options.length - 1] as Node, next);
        for (let k = node.options.length - 2; k >= 0; k--)
          at = this.emit({ op: 'split', next: this.compile(node.options[k] as Node, next), alt: at });
        return at;
      }
      case 'repeat': {
        let at = next;
        if (node.max === Infinity) {
          // x*: a loop whose body jumps back to the fork.
          const fork = this.emit({ op: 'split', next: -1, alt: next });
          const body = this.compile(node.node, fork);
          (this.prog[fork] as { next: number }).next = body;
          at = fork;
        } else
          for (let k = node.min; k < node.max; k++)
            at = this.emit({ op: 'split', next: this.compile(node.node, at), alt: next });
        for (let k = 0; k < node.min; k++) at = this.compile(node.node, at);
        return at;
      }
    }
  }
}

/** A set of NFA states: a DFA state, with its transitions filled in as lines need them. */
interface DState {
  states: Int32Array;
  matched: boolean;
  /** Matches when the line ends here ( `$` satisfied). */
  matchedAtEnd: boolean;
  /** Transitions on ASCII characters, by code. */
  ascii: Array<DState | undefined>;
  /** Transitions on every other character. */
  next: Map<string, DState>;
}

/** A compiled grep pattern: `test(line)` runs in O(line length × program size) at worst. */
export class Pattern {
  private readonly prog: Inst[];
  private readonly start: number;
  private cache = new Map<string, DState>();
  private initial: DState | null = null;
  private readonly mark: Int32Array;
  private generation = 0;

  constructor(source: string, ignoreCase = false) {
    const tree = new Parser(source, ignoreCase).parse();
    const compiler = new Compiler();
    const match = compiler.prog.push({ op: 'match' }) - 1;
    this.start = compiler.compile(tree, match);
    this.prog = compiler.prog;
    this.mark = new Int32Array(this.prog.length);
  }

  /** True when some part of the line matches. */
  test(line: string): boolean {
    if (!this.initial || this.cache.size > MAX_DFA_STATES) {
      this.cache = new Map();
      this.initial = this.stateOf([], true);
    }
    let d = this.initial;
    if (d.matched) return true;
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      let n: DState | undefined;
      if (code < 128) {
        n = d.ascii[code];
        if (!n) n = d.ascii[code] = this.step(d, line[i] as string);
      } else {
        const c = String.fromCodePoint(line.codePointAt(i) as number);
        if (c.length === 2) i++;
        n = d.next.get(c);
        if (!n) {
          n = this.step(d, c);
          d.next.set(c, n);
        }
      }
      d = n;
      if (d.matched) return true;
    }
    return d.matchedAtEnd;
  }

  /** The state after reading `c` from `d`: each state's character step, plus a fresh start. */
  private step(d: DState, c: string): DState {
    const moved: number[] = [];
    for (const s of d.states) {
      const inst = this.prog[s] as Inst;
      if (inst.op === 'char' && inst.test(c)) moved.push(inst.next);
    }
    return this.stateOf(moved, false);
  }

  /** The DFA state for these NFA states plus the start, closed over forks and `^` (at the start only). */
  private stateOf(seeds: readonly number[], atStart: boolean): DState {
    const gen = ++this.generation;
    const out: number[] = [];
    let matchedAtEnd = false;
    let matched = false;
    const stack = [...seeds, this.start].reverse();
    const ends: number[] = [];
    while (stack.length > 0) {
      const s = stack.pop() as number;
      if (this.mark[s] === gen) continue;
      this.mark[s] = gen;
      const inst = this.prog[s] as Inst;
      switch (inst.op) {
        case 'split':
          stack.push(inst.alt, inst.next);
          break;
        case 'jump':
          stack.push(inst.next);
          break;
        case 'bol':
          if (atStart) stack.push(inst.next);
          break;
        case 'eol':
          ends.push(inst.next);
          break;
        case 'match':
          matched = true;
          break;
        case 'char':
          out.push(s);
      }
    }
    if (!matched) matchedAtEnd = this.matchesAtEnd(ends, atStart);
    const key = `${atStart ? 's' : ''}${out.join(',')}${matched ? 'm' : ''}${matchedAtEnd ? 'e' : ''}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const state: DState = {
      states: Int32Array.from(out),
      matched,
      matchedAtEnd: matched || matchedAtEnd,
      ascii: [],
      next: new Map(),
    };
    this.cache.set(key, state);
    return state;
  }

  /** Whether the match is reachable from these `$` continuations without reading a character. */
  private matchesAtEnd(ends: readonly number[], atStart: boolean): boolean {
    const seen = new Set<number>();
    const stack = [...ends];
    while (stack.length > 0) {
      const s = stack.pop() as number;
      if (seen.has(s)) continue;
      seen.add(s);
      const inst = this.prog[s] as Inst;
      if (inst.op === 'match') return true;
      if (inst.op === 'split') stack.push(inst.next, inst.alt);
      else if (inst.op === 'jump' || inst.op === 'eol' || (inst.op === 'bol' && atStart))
        stack.push(inst.next);
    }
    return false;
  }
}
