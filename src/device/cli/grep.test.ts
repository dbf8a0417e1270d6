/**
 * `| grep` is bounded (issue 14, item 3): the patterns that froze the tab — `get system status | grep
 * "(.*.*)*X"` (120 s and counting) and `show | grep (x+x+)+y` over a 255-character description
 * (432 s) — answer at once on the `large` device, and so do wide `-A`/`-B`/`-f` over all of it.
 */
import { describe, expect, it } from 'vitest';
import { FixedClock } from '../clock';
import { buildScenario } from '../scenarios';
import { grep } from './grep';
import { lex } from './lexer';
import { cpuMs } from '../../test/cpu-time';
import { cliUnderTest } from '../../test/cli-under-test';

const timed = (run: () => string): { ms: number; output: string } => {
  const started = cpuMs();
  const output = run();
  return { ms: cpuMs() - started, output };
};

describe('grep on the large device', () => {
  const device = buildScenario('large', new FixedClock());
  const cli = cliUnderTest(device);
  cli.run('config system interface');
  cli.run('edit port1');
  cli.run(`set description "${'x'.repeat(255)}"`);
  cli.run('end');

  it('get system status | grep "(.*.*)*X" answers in well under a second', () => {
    const { ms, output } = timed(() => cli.run('get system status | grep "(.*.*)*X"').output);
    expect(ms).toBeLessThan(1000);
    expect(output).toBe('');
  });

  // `show` of the whole large device is the show writer's time; what grep adds is measured on its lines.
  const shown = cli.run('show').output.split('\n');

  it.each(['(x+x+)+y', '-f (x+x+)+y', '-c (x+x+)+y', '-A 1000000 (x+x+)+y', '-B 1000000 -A 1000000 zzz'])(
    'show | grep %s: grep takes under a second over all 140,000 lines',
    (args) => {
      const { ms, output } = timed(() => grep(shown, lex(args).words).join('\n'));
      expect(ms).toBeLessThan(1000);
      expect(output).toBe(args.startsWith('-c') ? '0' : '');
    },
  );

  it('show | grep (x+x+)+y through the CLI answers nothing', () => {
    expect(cli.run('show system interface port1 | grep (x+x+)+y').output).toBe('');
    expect(cli.run('show system interface port1 | grep -c x{255}').output).toBe('1');
  });

  it('show | grep -f over every row keeps each matching entry, in a second', () => {
    const { ms, output } = timed(() => cli.run('show system interface | grep -f "x{255}"').output);
    expect(ms).toBeLessThan(1000);
    const lines = output.split('\n');
    expect(lines[0]).toBe('config system interface');
    expect(lines[1]).toBe('    edit "port1"');
    expect(lines.filter((l) => l.endsWith(' <---'))).toHaveLength(1);
    expect(lines[lines.length - 1]).toBe('end');
  });

  it('-A and -B keep the lines around each match', () => {
    const output = cli.run('show system interface port2 | grep -B 1 -A 1 snmp-index').output.split('\n');
    expect(output).toHaveLength(3);
    expect(output[1]).toMatch(/set snmp-index \d+/);
  });
});
