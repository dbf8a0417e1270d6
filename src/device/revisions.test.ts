/**
 * Saved revisions (issue 19 item 2) through the CLI, as a 6.0 unit has them:
 *
 * - `execute revision list config` prints `ID TIME ADMIN FIRMWARE VERSION COMMENT` with a row per
 *   revision — the column layout of a 6.0.1 unit's transcript (`FG # exec revision list config`, then
 *   `ID TIME                   ADMIN                 FIRMWARE VERSION        COMMENT` and rows such as
 *   ` 1 2018-08-30 06:28:35    daemon_admin          V6.0.0-build131-REL0    Automatic backup (upgrade)`),
 *   quoted in a public fortiosapi example script for `monitor/system/config-revision` (found by code
 *   search; docs/fortios-6.0.md "Saved revisions").
 * - `execute backup config flash <comment>`, `execute revision delete config <id…>` and
 *   `execute restore config flash <id>` (CLI 6.0; the restore question is the one every
 *   `execute restore config` asks).
 * - `revision-backup-on-logout` / `revision-image-auto-backup` in `config system global`, default
 *   `disable` (a 6.x unit's `get system global` in PowerFGT's README), help from ansible
 *   `fortios_system_global`.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from './clock';
import type { Device } from './config';
import { MAX_REVISIONS, exportState, importState } from './storage-format';
import { revisionDiff } from './revision-diff';
import { LOGOUT_COMMENT, restoreRevision, revisionList, saveRevision } from './revisions';
import { buildScenario } from './scenarios';
import type { CliSession } from './cli/cli-session';
import { cliUnderTest } from '../test/cli-under-test';
import { cpuMs } from '../test/cpu-time';

let device: Device;
let clock: FixedClock;
let cli: CliSession;

function fresh(scenario: Parameters<typeof buildScenario>[0] = 'telemetry-on'): void {
  clock = new FixedClock();
  device = buildScenario(scenario, clock);
  cli = cliUnderTest(
    () => device,
    (next) => (device = next),
  );
}

beforeEach(() => fresh());

const run = (...lines: string[]): string => lines.map((l) => cli.run(l).output).join('\n');
const alias = (name: string): unknown => device.find('system interface', name)?.alias;

describe('execute backup config flash and execute revision list config', () => {
  it('saves the running configuration with its comment; the list prints as a 6.0 unit does', () => {
    expect(run('execute revision list config')).toBe(
      'ID TIME                   ADMIN                 FIRMWARE VERSION        COMMENT',
    );
    expect(run('execute backup config flash before the change')).toBe('');
    clock.advance(90_000);
    run('execute backup config flash "second one"');
    expect(run('execute revision list config').split('\n')).toEqual([
      'ID TIME                   ADMIN                 FIRMWARE VERSION        COMMENT',
      ' 1 2019-01-15 09:30:00    admin                 V6.0.4-build0231-190107 before the change',
      ' 2 2019-01-15 09:31:30    admin                 V6.0.4-build0231-190107 second one',
    ]);
    expect(device.changeLog().at(-1)).toMatchObject({ door: 'CLI', admin: 'admin' });
  });

  it('is deterministic: the same commands give the same revisions', () => {
    const make = (): string => {
      fresh();
      run('execute backup config flash one', 'config system interface', 'edit dmz', 'set alias x', 'end');
      run('execute backup config flash two');
      return JSON.stringify(revisionList(device));
    };
    expect(make()).toBe(make());
  });

  it(`keeps at most ${MAX_REVISIONS}: one more is refused with -4 and changes nothing`, () => {
    for (let i = 0; i < MAX_REVISIONS; i++) run(`execute backup config flash r${i}`);
    const before = device.state;
    expect(run('execute backup config flash one-too-many')).toContain('Return code -4');
    expect(device.state).toBe(before);
  });

  it('a revision of `large` keeps only the tables changed from the scenario, not the 3 MB file', () => {
    fresh('large');
    expect(saveRevision(device, 'as built', { door: 'CLI', admin: 'admin' }).snapshot.length).toBeLessThan(
      200,
    );
    device.transact((tx) => tx.update('vpn ssl settings', null, { 'idle-timeout': 900 }));
    const saved = saveRevision(device, 'one change', { door: 'CLI', admin: 'admin' });
    expect(saved.snapshot.length).toBeLessThan(2_000);
    const started = cpuMs();
    restoreRevision(device, 1, { door: 'CLI', admin: 'admin' });
    expect(cpuMs() - started).toBeLessThan(1_000);
    expect(device.single('vpn ssl settings')['idle-timeout']).toBe(300);
  }, 30_000);
});

describe('execute revision delete config', () => {
  it('deletes the revisions named; an id that does not exist deletes none of them', () => {
    run('execute backup config flash a', 'execute backup config flash b', 'execute backup config flash c');
    expect(run('execute revision delete config 1 9')).toBe(
      "entry not found in datasource\nvalue parse error before '9'\nCommand fail. Return code -3",
    );
    expect(revisionList(device).map((r) => r.id)).toEqual([1, 2, 3]);
    expect(run('execute revision delete config 1 3')).toBe('');
    expect(revisionList(device).map((r) => r.comment)).toEqual(['b']);
    expect(run('execute revision delete config x')).toContain("parse error before 'x'");
  });
});

describe('execute restore config flash', () => {
  it('asks, then puts the revision back as one change and reboots', () => {
    run('execute backup config flash clean');
    run('config system interface', 'edit dmz', 'set alias changed', 'next', 'end');
    expect(alias('dmz')).toBe('changed');
    const boot = device.state.bootTime;
    expect(cli.run('execute restore config flash 1')).toEqual({
      output: 'This operation will overwrite the current setting and could possibly reboot the system!',
      prompt: 'Do you want to continue? (y/n)',
    });
    clock.advance(5_000);
    const done = cli.run('y');
    expect(done.event).toBe('reboot');
    expect(done.output).toContain('The system is going down NOW !!');
    expect(alias('dmz')).toBe('');
    expect(device.state.bootTime).not.toBe(boot);
    expect(device.state.bootTime).toBe(clock.now());
    expect(device.uptimeSeconds()).toBe(0);
    expect(revisionDiff(device, 1, 'running')).toEqual([]);
  });

  it('with reboot-upon-config-restore disable it puts the revision back and the unit stays up', () => {
    run('execute backup config flash clean');
    run('config system global', 'set reboot-upon-config-restore disable', 'end');
    run('config system interface', 'edit dmz', 'set alias changed', 'next', 'end');
    const boot = device.state.bootTime;
    cli.run('execute restore config flash 1');
    const done = cli.run('y');
    expect(done.event).toBeUndefined();
    expect(done.output).not.toContain('going down');
    expect(done.prompt).toBe('FGT60E # ');
    expect(alias('dmz')).toBe('');
    expect(device.state.bootTime).toBe(boot);
  });

  it('n keeps everything; an unknown id is refused before the question', () => {
    run('execute backup config flash clean');
    run('config system interface', 'edit dmz', 'set alias changed', 'next', 'end');
    cli.run('execute restore config flash 1');
    cli.run('n');
    expect(alias('dmz')).toBe('changed');
    expect(run('execute restore config flash 7')).toContain('Return code -3');
  });

  it('restores a revision of another scenario whole', () => {
    saveRevision(device, 'telemetry-on', { door: 'CLI', admin: 'admin' });
    const saved = device.state.revisions;
    const other = buildScenario('factory-default', clock);
    other.transact((tx) => tx.setRevisions(saved ?? []));
    restoreRevision(other, 1, { door: 'CLI', admin: 'admin' });
    expect(revisionDiff(other, 1, 'running')).toEqual([]);
    expect(other.rows('vpn ipsec phase1-interface')).toHaveLength(3);
  });
});

describe('Diff', () => {
  it('is the minimal CLI between two revisions or a revision and the running configuration', () => {
    run('execute backup config flash one');
    run('config system interface', 'edit internal', 'set fortiheartbeat disable', 'next', 'end');
    run('execute backup config flash two');
    expect(revisionDiff(device, 1, 2)).toEqual([
      'config system interface',
      '    edit "internal"',
      '        set fortiheartbeat disable',
      '    next',
      'end',
    ]);
    expect(revisionDiff(device, 2, 'running')).toEqual([]);
    expect(revisionDiff(device, 1, 1)).toEqual([]);
  });
});

describe('revision-backup-on-logout', () => {
  it('is disable by default, beside revision-image-auto-backup, in name order (docs §3.1)', () => {
    const lines = run('get system global').split('\n');
    const at = (key: string): number => lines.findIndex((l) => /^[\w-]+/.exec(l)?.[0] === key);
    expect(lines[at('revision-image-auto-backup')]).toMatch(/: disable\s*$/);
    expect(lines[at('revision-backup-on-logout')]).toMatch(/: disable\s*$/);
    expect(at('revision-backup-on-logout')).toBe(at('revision-image-auto-backup') - 1);
    expect(at('hostname')).toBeLessThan(at('revision-backup-on-logout'));
  });

  it('when enabled, leaving the CLI saves a revision; when disabled it does not', () => {
    run('exit');
    expect(revisionList(device)).toHaveLength(0);
    run('config system global', 'set revision-backup-on-logout enable', 'end', 'exit');
    expect(revisionList(device).map((r) => r.comment)).toEqual([LOGOUT_COMMENT]);
  });
});

describe('kept with the device', () => {
  it('export and import keep the revisions', () => {
    run('execute backup config flash one', 'config system interface', 'edit dmz', 'set alias x', 'end');
    const loaded = importState(exportState(device), new FixedClock());
    expect(loaded.notice).toBeNull();
    expect(revisionList(loaded.device)).toEqual(revisionList(device));
    expect(revisionDiff(loaded.device, 1, 'running')).toEqual(revisionDiff(device, 1, 'running'));
  });

  it('stored revisions that are not revisions are left out, with a notice; the device loads', () => {
    run('execute backup config flash one');
    const stored = JSON.parse(exportState(device)) as { revisions: unknown[] };
    const text = JSON.stringify({ ...stored, revisions: [...stored.revisions, { id: 'x' }, 42] });
    const loaded = importState(text, new FixedClock());
    expect(loaded.notice).toBeNull();
    expect(loaded.repaired).toContain('some saved revisions could not be read and were left out');
    expect(revisionList(loaded.device).map((r) => r.comment)).toEqual(['one']);
  });
});
