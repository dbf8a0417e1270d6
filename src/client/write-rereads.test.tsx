/**
 * A write that changed the device makes every screen re-read once it is answered, even when the
 * device's own announcement of the new revision came first (in the browser it does: the device posts
 * it on the revision channel as it commits, before the write is stored and answered, and a re-read
 * started then may be answered first). A write that changed nothing, and any read, tells only news.
 */
import { describe, expect, it } from 'vitest';
import { logIn, setupConsoleDevice } from '../test/console';
import { cmdb } from '.';
import { currentRevision, noteRevision, onRevision } from './revision';

const device = setupConsoleDevice('telemetry-on');

/** The revision the device will have after one more change: its first number one higher. */
const nextRevision = (): string => {
  const now = device.current.device.revision;
  const [changes, ...rest] = now.split('.');
  return [String(Number(changes) + 1), ...rest].join('.');
};

describe('screens re-read after a write', () => {
  it('when the write changed the device, even if its revision was announced before the answer', async () => {
    await logIn();
    await cmdb.single('system/settings');
    const announced = nextRevision();
    const heard: string[] = [];
    const off = onRevision((r) => heard.push(r));
    const writing = cmdb.update('system/settings', { 'gui-endpoint-control': 'enable' });
    noteRevision(announced); // the device's announcement, ahead of the answer
    await writing;
    off();
    expect(currentRevision()).toBe(announced);
    expect(heard).toEqual([announced, announced]);
  });

  it('not when a read answers the revision already known', async () => {
    await logIn();
    await cmdb.single('system/settings');
    const heard: string[] = [];
    const off = onRevision((r) => heard.push(r));
    await cmdb.single('system/global');
    off();
    expect(heard).toEqual([]);
  });
});
