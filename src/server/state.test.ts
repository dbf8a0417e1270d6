/**
 * Served mode's state file keeps the change log with the device (issue 19 item 1): a restart reads it
 * back, and a file whose log cannot be used still gives the device, with a log line saying so.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cpuMs } from '../test/cpu-time';
import {
  FixedClock,
  buildScenario,
  changesSince,
  revisionList,
  saveRevision,
  type ScenarioName,
} from '../device';
import {
  COMPACT_RECORDS,
  LOG_FILE,
  STATE_FILE,
  StateWriter,
  openState,
  save,
  type WriterOptions,
} from './state';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fgsim-state-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the state file', () => {
  it('keeps the change log across a restart', () => {
    const dir = tempDir();
    const device = buildScenario('telemetry-on', new FixedClock());
    const start = device.revision;
    device.transact((tx) => tx.update('system interface', 'dmz', { alias: 'lab' }), {
      door: 'SSH',
      admin: 'admin',
    });
    save(dir, device);
    const opened = openState(dir, new FixedClock(), null, 'factory-default', () => 'x');
    expect(opened.device.changeLog()).toEqual(device.changeLog());
    expect(opened.device.changeLog()[1]).toMatchObject({ door: 'SSH', admin: 'admin' });
    expect(changesSince(opened.device, start)).toEqual(changesSince(device, start));
  });

  it('a log that cannot be used is dropped with a log line; the device is restored, not set aside', () => {
    const dir = tempDir();
    const device = buildScenario('telemetry-on', new FixedClock());
    device.transact((tx) => tx.update('system interface', 'dmz', { alias: 'lab' }));
    save(dir, device);
    const file = path.join(dir, STATE_FILE);
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(file, JSON.stringify({ ...stored, history: 42 }));
    const opened = openState(dir, new FixedClock(), null, 'factory-default', () => 'x');
    expect(opened.device.find('system interface', 'dmz')?.alias).toBe('lab');
    expect(opened.log.join('\n')).toContain('the change log could not be read; it starts again from now');
    expect(fs.readdirSync(dir).filter((f) => f.includes('unusable'))).toEqual([]);
  });
});

/** A device kept in `dir` by a StateWriter, as src/server/device.ts keeps the served one. */
function kept(dir: string, options: WriterOptions = {}, scenario: ScenarioName = 'telemetry-on') {
  const { device } = openState(dir, new FixedClock(), scenario, 'factory-default', () => 'x');
  const lines: string[] = [];
  const writer = new StateWriter(
    dir,
    () => device,
    (l) => lines.push(l),
    options,
  );
  device.subscribe(() => writer.changed());
  /** One commit, answered as the server answers it: once it is on disk. */
  const commit = async (alias: string): Promise<void> => {
    device.transact((tx) => tx.update('system interface', 'dmz', { alias }), {
      door: 'REST',
      admin: 'admin',
    });
    await writer.durable();
  };
  return { device, writer, commit, lines };
}

const reopen = (dir: string) => openState(dir, new FixedClock(), null, 'factory-default', () => 'stamp');
const logLines = (dir: string) => fs.readFileSync(path.join(dir, LOG_FILE), 'utf8').split('\n').slice(0, -1);

describe('the change log beside the snapshot', () => {
  it('appends a record per commit and leaves the snapshot alone; a restart replays them', async () => {
    const dir = tempDir();
    const { device, writer, commit } = kept(dir);
    const snapshot = fs.readFileSync(path.join(dir, STATE_FILE), 'utf8');
    const revision = saveRevision(device, 'before the aliases', { door: 'REST', admin: 'admin' });
    await writer.durable();
    for (const alias of ['a', 'b', 'c']) await commit(alias);
    // The snapshot is the one written at the start; the log holds its header and four records.
    expect(fs.readFileSync(path.join(dir, STATE_FILE), 'utf8')).toBe(snapshot);
    expect(logLines(dir)).toHaveLength(5);
    await writer.close();

    const opened = reopen(dir);
    expect(opened.log.join('\n')).toMatch(/and 4 changes logged after it/);
    expect(opened.device.find('system interface', 'dmz')?.alias).toBe('c');
    expect(opened.device.revision).toBe(device.revision);
    expect(opened.device.changeLog()).toEqual(device.changeLog());
    expect(revisionList(opened.device)).toEqual([revision]);
    // Opening folds the log into a new snapshot: an empty log after it.
    expect(logLines(dir)).toHaveLength(1);
    expect(reopen(dir).device.changeLog()).toEqual(device.changeLog());
  });

  it('drops a last record cut short wherever it is cut, and keeps every record before it', async () => {
    const dir = tempDir();
    const { device, writer, commit } = kept(dir);
    await commit('kept');
    const answered = { revision: device.revision, log: device.changeLog() };
    await commit('torn');
    await writer.close();
    const whole = fs.readFileSync(path.join(dir, LOG_FILE));
    const last = whole.lastIndexOf('\n', whole.length - 2) + 1;
    const snapshot = fs.readFileSync(path.join(dir, STATE_FILE));
    // Cuts all through the last record (a kill -9 in the middle of its append: its checksum, the space,
    // the JSON, the newline), and a bit flipped in it.
    const size = whole.length - last;
    const cuts = [
      ...new Set([
        0,
        1,
        2,
        9,
        10,
        ...Array.from({ length: 8 }, (_, k) => Math.floor((size * k) / 8)),
        size - 2,
        size - 1,
      ]),
    ];
    const spoiled = cuts.map((n) => whole.subarray(0, last + n));
    const flipped = Buffer.from(whole);
    flipped.writeUInt8((flipped.at(-5) ?? 0) ^ 1, whole.length - 5);
    for (const log of [...spoiled, flipped]) {
      fs.writeFileSync(path.join(dir, STATE_FILE), snapshot);
      fs.writeFileSync(path.join(dir, LOG_FILE), log);
      const opened = reopen(dir);
      expect(opened.device.find('system interface', 'dmz')?.alias).toBe('kept');
      expect(opened.device.revision).toBe(answered.revision);
      expect(opened.device.changeLog()).toEqual(answered.log);
      if (log.length > last)
        expect(opened.log.join('\n')).toMatch(/dropped a last change record that was cut short/);
    }
  });

  it('sets aside a log damaged before its end, and keeps the records before the damage', async () => {
    const dir = tempDir();
    const { writer, commit } = kept(dir);
    for (const alias of ['one', 'two', 'three']) await commit(alias);
    await writer.close();
    const lines = logLines(dir);
    lines[2] = (lines[2] as string).replace('two', 'tw0');
    fs.writeFileSync(path.join(dir, LOG_FILE), `${lines.join('\n')}\n`);
    const opened = reopen(dir);
    expect(opened.device.find('system interface', 'dmz')?.alias).toBe('one');
    expect(opened.log.join('\n')).toMatch(
      /device\.log could not be used \(record 2 does not match its checksum\)/,
    );
    expect(fs.readdirSync(dir).filter((f) => f.startsWith(`${LOG_FILE}.unusable-`))).toHaveLength(1);
  });

  it.each([
    'compaction: both files written, none renamed',
    'compaction: the snapshot renamed, not the log',
    'append: before the write',
  ])('a kill at "%s" loses no answered commit and replays none twice', async (where) => {
    const dir = tempDir();
    let armed = false;
    const { device, commit } = kept(dir, {
      // Three records make the fourth commit a compaction; for the append case, never.
      compactRecords: where.startsWith('append') ? 100 : 3,
      pause: (at) => {
        // A kill: nothing after this point runs.
        if (armed && at === where) throw new Error(`killed at ${at}`);
      },
    });
    for (const alias of ['a', 'b', 'c']) await commit(alias);
    const answered = { revision: device.revision, log: device.changeLog() };
    armed = true;
    // The fourth commit: written as a new snapshot (or appended), and killed on the way.
    await expect(commit('d')).rejects.toThrow(/killed at/);
    const opened = reopen(dir);
    const alias = opened.device.find('system interface', 'dmz')?.alias;
    if (alias === 'd') {
      // The new snapshot was in place: it holds the unanswered commit, and the old log is not replayed on it.
      expect(where).toBe('compaction: the snapshot renamed, not the log');
      expect(opened.device.revision).toBe(device.revision);
      expect(opened.device.changeLog()).toEqual(device.changeLog());
    } else {
      expect(alias).toBe('c');
      expect(opened.device.revision).toBe(answered.revision);
      expect(opened.device.changeLog()).toEqual(answered.log);
    }
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a whole new device (a scenario switch) is written as a snapshot, and the log starts after it', async () => {
    const dir = tempDir();
    const { device, writer, commit } = kept(dir);
    await commit('before');
    device.replace(buildScenario('factory-default', new FixedClock()).state);
    await writer.durable();
    expect(logLines(dir)).toHaveLength(1);
    await commit('after');
    await writer.close();
    const opened = reopen(dir);
    expect(opened.device.state.scenario).toBe('factory-default');
    expect(opened.device.find('system interface', 'dmz')?.alias).toBe('after');
  });

  it('replays a full log (1,000 records) on large within a second', async () => {
    const dir = tempDir();
    const { device, writer } = kept(dir, {}, 'large');
    for (let n = 0; n < COMPACT_RECORDS; n++)
      device.transact((tx) => tx.update('system interface', 'port1', { description: `n ${n}` }));
    await writer.durable();
    await writer.close();
    expect(logLines(dir)).toHaveLength(COMPACT_RECORDS + 1);
    // CPU time, the house's clock for bounds (src/test/cpu-time.ts): the replay is the difference of
    // two openings of about half a second each, and wall time on a loaded machine swamps it.
    const alone = (() => {
      const copy = tempDir();
      fs.copyFileSync(path.join(dir, STATE_FILE), path.join(copy, STATE_FILE));
      const t0 = cpuMs();
      reopen(copy);
      return cpuMs() - t0;
    })();
    const t0 = cpuMs();
    const opened = reopen(dir);
    const replay = cpuMs() - t0 - alone;
    expect(opened.device.find('system interface', 'port1')?.description).toBe(`n ${COMPACT_RECORDS - 1}`);
    expect(opened.device.revision).toBe(device.revision);
    expect(replay).toBeLessThan(1000);
  }, 60_000);
});
