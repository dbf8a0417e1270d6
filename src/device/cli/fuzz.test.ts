/**
 * Reference §10 acceptance: at least 10,000 random lines — words from the schema, words the CLI itself
 * offers at that point, and garbage — never make the interpreter throw, and the device stays
 * schema-valid after every change. The generator is seeded: a failure replays the same way.
 *
 * Issue 14 adds: 20,000 lines, each answered within a second, among them `| grep` with patterns that
 * backtrack exponentially in JavaScript's RegExp, values with new lines, quotes and text outside
 * Latin-1, `purge`; and 2,000 random values that must come back from Backup → Restore byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { FixedClock } from '../clock';
import type { Device } from '../config';
import { stateProblems } from '../integrity';
import { seededRandom } from '../rng';
import { buildScenario, type ScenarioName } from '../scenarios';
import { tables } from '../schema';
import { backupConfig } from './backup';
import { quoted } from './lexer';
import { restoreConfig } from './restore';
import { TYPED_TEXT_PIECES, cpuMs } from '../../test/fuzz';
import { CliSession } from './cli-session';

const LINES = 20_000;
const ROUND_TRIP_VALUES = 2_000;

const schemaWords = [
  ...new Set(
    tables.flatMap((t) => [
      ...t.path.split(' '),
      ...t.fields.map((f) => f.name),
      ...t.fields.flatMap((f) =>
        f.type.kind === 'option' || f.type.kind === 'multi-option' ? f.type.options : [],
      ),
    ]),
  ),
];

const verbs = [
  'config',
  'edit',
  'set',
  'unset',
  'append',
  'select',
  'unselect',
  'delete',
  'rename',
  'clone',
  'to',
  'next',
  'end',
  'abort',
  'show',
  'full-configuration',
  'get',
  'diagnose',
  'execute',
  'status',
  'y',
  'n',
  '|',
  'grep',
  'purge',
  '-f',
  '-i',
  '-v',
  '-c',
  '?',
];

const values = [
  '0',
  '1',
  '-1',
  '4094',
  '4095',
  '65535',
  '99999999999',
  '192.168.1.1',
  '10.0.0.1/24',
  '300.1.1.1',
  '255.255.255.0',
  '0.0.0.0',
  'wan1',
  'internal',
  'ssl.root',
  'default',
  'all',
  'port1',
  '""',
  "''",
  'ENC',
  'ENC Zm9v',
  'x'.repeat(40),
  quoted('line one\nline two'),
  quoted('a\r\nb "c" \\ d'),
  quoted('FGT-東京 😀 １２３'),
  quoted('x"\nend\nconfig system global\nset hostname evil\nend'),
  '"open',
];

/** Patterns that take exponential time in a backtracking engine (issue 14: 120 s and 432 s). */
const pathological = [
  '"(.*.*)*X"',
  '(x+x+)+y',
  '(a|a)*b',
  '"(a*)*$"',
  '(.+)+!',
  '-c (x+x+)+y',
  '-f (a|aa)+z',
];

const garbageChars = 'abcxyz019 ."\'\\|?-_/#;:{}[]()*&^%$!~`<>\t';

function generator(seed: number) {
  const random = seededRandom(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const garbage = (): string => Array.from({ length: 1 + int(8) }, () => pick([...garbageChars])).join('');
  return {
    random,
    int,
    pick,
    /** A line built word by word: often a word the CLI offers next, else schema words and garbage. */
    line(cli: CliSession): string {
      const words: string[] = [];
      const length = 1 + int(6);
      // Half the lines mostly follow what the CLI offers (they get deep); the rest are chaos.
      const guided = random() < 0.5 ? 0.9 : 0.4;
      for (let i = 0; i < length; i++) {
        const r = random();
        if (r < guided) {
          const offered = cli.complete(words.length ? `${words.join(' ')} ` : '').candidates;
          if (offered.length) {
            const word = pick(offered);
            words.push(random() < 0.3 ? word.slice(0, 1 + int(word.length)) : word);
            continue;
          }
        }
        const rest = random();
        if (rest < 0.35) words.push(pick(schemaWords));
        else if (rest < 0.6) words.push(pick(verbs));
        else if (rest < 0.85) words.push(pick(values));
        else words.push(garbage());
      }
      if (random() < 0.05) words.push('|', 'grep', pick(pathological));
      return words.join(' ');
    },
  };
}

describe('fuzz', () => {
  it(`${LINES.toLocaleString('en')} random lines: no throw, no internal error, the device stays valid`, () => {
    const gen = generator(0x60e);
    const scenarios: ScenarioName[] = ['telemetry-on', 'telemetry-off', 'factory-default'];
    const internal: unknown[] = [];
    let device: Device = buildScenario('telemetry-on', new FixedClock());
    const problems: string[] = [];
    const watch = (d: Device): void => {
      d.subscribe((changed) => {
        for (const p of stateProblems(changed.state)) problems.push(p);
      });
    };
    watch(device);
    const cli = new CliSession(() => device, {
      replaceDevice: (next) => {
        device = next;
        watch(device);
      },
      onInternalError: (e) => internal.push(e),
    });
    const log: string[] = [];
    const slow: string[] = [];
    let slowest = 0;
    for (let i = 0; i < LINES; i++) {
      if (i > 0 && i % 2500 === 0) {
        device = buildScenario(scenarios[(i / 2500) % scenarios.length] as ScenarioName, new FixedClock());
        watch(device);
      }
      const line = gen.line(cli);
      log.push(line);
      const started = cpuMs();
      expect(() => cli.run(line)).not.toThrow();
      slowest = Math.max(slowest, cpuMs() - started);
      if (cpuMs() - started >= 1000) slow.push(line);
      if (gen.random() < 0.05) expect(() => cli.complete(line)).not.toThrow();
      if (internal.length || problems.length) break;
    }
    expect(internal, `internal error after: ${log.slice(-5).join(' ⏎ ')}`).toEqual([]);
    expect(problems, `invalid device after: ${log.slice(-5).join(' ⏎ ')}`).toEqual([]);
    expect(stateProblems(device.state)).toEqual([]);
    expect(log).toHaveLength(LINES);
    expect(slow, `lines over a second (slowest ${slowest.toFixed(0)} ms)`).toEqual([]);
  }, 120_000);

  it(`${ROUND_TRIP_VALUES.toLocaleString('en')} random values come back from Backup → Restore byte for byte`, () => {
    const random = seededRandom(0x14);
    const value = (max: number): string => {
      let out = '';
      for (let n = 1 + Math.floor(random() * 8); n > 0; n--)
        out +=
          random() < 0.3
            ? String.fromCharCode(32 + Math.floor(random() * 95))
            : TYPED_TEXT_PIECES[Math.floor(random() * TYPED_TEXT_PIECES.length)];
      return out.slice(0, max).replace(/[\uD800-\uDBFF]$/, '');
    };
    const device = buildScenario('telemetry-on', new FixedClock());
    const targets: Array<{ path: string; key: string | null; field: string; max: number }> = [
      { path: 'system interface', key: 'dmz', field: 'description', max: 255 },
      { path: 'system interface', key: 'wan1', field: 'description', max: 255 },
      { path: 'system interface', key: 'internal', field: 'alias', max: 25 },
      { path: 'system global', key: null, field: 'alias', max: 35 },
      { path: 'system csf', key: null, field: 'group-name', max: 35 },
    ];
    let checked = 0;
    while (checked < ROUND_TRIP_VALUES) {
      const written = targets.map((t) => ({ ...t, value: value(t.max) }));
      device.transact((tx) => {
        for (const w of written) tx.update(w.path, w.key, { [w.field]: w.value });
      });
      const backup = backupConfig(device);
      const fresh = buildScenario('factory-default', new FixedClock());
      restoreConfig(fresh, backup);
      for (const w of written) {
        const row = w.key === null ? fresh.single(w.path) : fresh.find(w.path, w.key);
        expect(row?.[w.field], JSON.stringify(w.value)).toBe(w.value);
      }
      expect(backupConfig(fresh)).toBe(backup);
      checked += written.length;
    }
    expect(stateProblems(device.state)).toEqual([]);
  }, 60_000);
});
