/**
 * `show full-configuration` of the `large` device — 5,441 interfaces with every 6.0 key, about a
 * million lines — answers within the house bound ("nothing over 1 s on `large`"), the first time
 * and after a change; and the header's file version is the configuration's, the same whichever of
 * `show` and `show full-configuration` prints it (docs/fortios-6.0.md §3).
 */
import { describe, expect, it } from 'vitest';
import { FixedClock } from '../clock';
import { buildScenario } from '../scenarios';
import { cpuMs } from '../../test/cpu-time';
import { cliUnderTest } from '../../test/cli-under-test';

const timed = (run: () => string): { ms: number; output: string } => {
  const started = cpuMs();
  const output = run();
  return { ms: cpuMs() - started, output };
};

const versionLine = (output: string): string | undefined =>
  output.split('\n', 4).find((l) => l.startsWith('#conf_file_ver='));

describe('show full-configuration on the large device', () => {
  const cli = cliUnderTest(buildScenario('large', new FixedClock()));

  it('answers in under a second the first time, and again after a change', () => {
    const first = timed(() => cli.run('show full-configuration').output);
    expect(first.ms).toBeLessThan(1000);
    const lines = first.output.split('\n');
    expect(lines.length).toBeGreaterThan(1_000_000);
    expect(lines.filter((l) => l === '    edit "port9"')).toHaveLength(1);

    cli.run('config system interface');
    cli.run('edit port9');
    cli.run('set alias "changed"');
    cli.run('end');
    const again = timed(() => cli.run('show full-configuration').output);
    expect(again.ms).toBeLessThan(1000);
    const port9 = again.output.indexOf('    edit "port9"');
    expect(again.output.slice(port9, again.output.indexOf('    next', port9))).toContain(
      '        set alias "changed"',
    );
    expect(versionLine(again.output)).not.toBe(versionLine(first.output));
  }, 60_000);
});

describe("the header's file version", () => {
  it('is the same in show and show full-configuration, and moves with a change', () => {
    const cli = cliUnderTest(buildScenario('telemetry-on', new FixedClock()));
    const shown = versionLine(cli.run('show').output);
    expect(shown).toMatch(/^#conf_file_ver=\d+$/);
    expect(versionLine(cli.run('show full-configuration').output)).toBe(shown);
    cli.run('config system interface');
    cli.run('edit wan1');
    cli.run('set alias "x"');
    cli.run('end');
    const changed = versionLine(cli.run('show full-configuration').output);
    expect(changed).not.toBe(shown);
    expect(versionLine(cli.run('show').output)).toBe(changed);
  });

  // The full configuration collects the `show` lines the version is made from as it prints; two
  // devices built alike, one printing `show` first and one the full configuration first (nothing
  // kept from an earlier print), agree on it, with sub-objects, sub-tables, secrets, a device-assigned
  // id and always-printed keys set.
  const changes = [
    'config system interface',
    'edit wan1',
    'set secondary-IP enable',
    'config secondaryip',
    'edit 1',
    'set ip 10.9.9.1 255.255.255.0',
    'set allowaccess ping https',
    'next',
    'end',
    'config ipv6',
    'set ip6-address fdff:ffff::1/120',
    'end',
    'next',
    'end',
    'config user local',
    'edit "guest9"',
    'set type password',
    'set passwd "Guest9!x"',
    'next',
    'end',
    'config endpoint-control profile',
    'edit "default"',
    'config forticlient-winmac-settings',
    'set forticlient-av enable',
    'end',
    'next',
    'end',
  ];
  it.each(['telemetry-on', 'telemetry-off', 'factory-default'] as const)(
    '%s: show and the full configuration printed first give the same version, with many kinds of keys set',
    (name) => {
      const made = () => {
        const cli = cliUnderTest(buildScenario(name, new FixedClock()));
        for (const line of changes) expect(cli.run(line).output, line).not.toMatch(/error|fail/i);
        return cli;
      };
      const fullFirst = versionLine(made().run('show full-configuration').output);
      const showFirst = versionLine(made().run('show').output);
      expect(fullFirst).toMatch(/^#conf_file_ver=\d+$/);
      expect(fullFirst).toBe(showFirst);
    },
  );
});
