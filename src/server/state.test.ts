/**
 * Served mode's state file keeps the change log with the device (issue 19 item 1): a restart reads it
 * back, and a file whose log cannot be used still gives the device, with a log line saying so.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FixedClock, buildScenario, changesSince } from '../device';
import { STATE_FILE, openState, save } from './state';

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
