/**
 * `| grep` patterns (issue 14, item 3): the same answers as a regular expression engine on ordinary
 * patterns, and linear time on the patterns that froze the tab with JavaScript's backtracking RegExp.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../rng';
import { MAX_REPEAT, Pattern, PatternError } from './pattern';
import { cpuMs } from '../../test/cpu-time';

const lines = [
  'set alias "SSL VPN interface"',
  '    set allowaccess ping https ssh',
  'edit "port1"',
  'Version: FortiGate-60E v6.0.4,build0231,190107 (GA)',
  '',
  'set ip 192.168.1.99 255.255.255.0',
  'ABC abc Abc',
  'a+b*c?',
  '東京 FGT-東京',
];

const patterns = [
  'alias',
  '^set',
  '^ +set',
  'ssh$',
  '^$',
  'p.rt[0-9]',
  '[^a-z ]+',
  '(ping|https) ssh',
  '\\d{1,3}\\.\\d{1,3}',
  'a\\+b\\*',
  '(?:ab|c)+',
  'x*',
  'https?',
  '[[:]',
  'v6\\.0\\.4,build\\d{4}',
  '\\s\\S\\w\\W',
  'ip [0-9.]+ 255',
  '東京$',
  'a{2,}',
  '(a|b|c){2}',
  '[a-cA-C]{3}',
];

describe('grep patterns', () => {
  it.each(patterns)('%s matches the lines a regular expression engine does', (p) => {
    const mine = new Pattern(p);
    const theirs = new RegExp(p, 'u');
    for (const line of lines) expect(mine.test(line), line).toBe(theirs.test(line));
    const mineI = new Pattern(p, true);
    const theirsI = new RegExp(p, 'iu');
    for (const line of lines) expect(mineI.test(line), line).toBe(theirsI.test(line));
  });

  it('agrees with RegExp on 2,000 random patterns over random text (seeded)', () => {
    const random = seededRandom(1414);
    const atoms = ['a', 'b', '.', '[ab]', '[^a]', '\\d', '(a|b)', '(ab)', 'x', '^', '$'];
    const quant = ['', '', '*', '+', '?', '{2}', '{1,3}'];
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    for (let n = 0; n < 2000; n++) {
      let p = '';
      const k = 1 + Math.floor(random() * 5);
      for (let j = 0; j < k; j++) p += pick(atoms) + pick(quant);
      if (/[$^][*+?{]/.test(p)) continue;
      const text = Array.from({ length: Math.floor(random() * 12) }, () =>
        pick(['a', 'b', '1', 'x', ' ']),
      ).join('');
      expect(new Pattern(p).test(text), `${p} on "${text}"`).toBe(new RegExp(p).test(text));
    }
  });

  it.each([
    ['(.*.*)*X', 'Version: FortiGate-60E v6.0.4,build0231,190107 (GA) '.repeat(40), false],
    ['(x+x+)+y', 'x'.repeat(10_000), false],
    ['(x+x+)+y', `${'x'.repeat(10_000)}y`, true],
    ['(a|a)*b', 'a'.repeat(10_000), false],
    ['(a*)*b', 'a'.repeat(10_000), false],
    [`(a?){${MAX_REPEAT}}a{${MAX_REPEAT}}`, 'a'.repeat(2_000), true],
  ])('%s over a long line answers in linear time', (p, line, matches) => {
    const pattern = new Pattern(p);
    const started = cpuMs();
    for (let i = 0; i < 20; i++) pattern.test(line);
    expect(cpuMs() - started).toBeLessThan(1000);
    expect(pattern.test(line)).toBe(matches);
  });

  it.each(['(a', 'a)', '*a', 'a{2000}', '\\1', '(?=a)', '[z-a]', 'a\\'])('%s is not a pattern', (p) => {
    expect(() => new Pattern(p)).toThrow(PatternError);
  });
});
