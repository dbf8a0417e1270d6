/**
 * Crash safety of the state file: a real server process, a burst of PUTs, SIGKILL in the middle of
 * it, a restart on the same state dir. It must start, its file must parse, and every PUT answered
 * before the kill must be there (at most the one in flight is lost). And a state file that cannot be
 * used — torn, garbage, an old format — is set aside (renamed) and reported; the server still starts.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adminHeaders, startServerProcess, type ServerProcess } from './child';
import { FixedClock } from '../device';
import { STATE_FILE, readState } from './state';

const children: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'fgsim-crash-'));
  dirs.push(d);
  return d;
}

/** Starts the server as a child process (./child.ts); the test kills it, or afterEach does. */
async function start(args: string[], env: Record<string, string> = {}): Promise<ServerProcess> {
  const server = await startServerProcess(args, 20_000, env);
  children.push(server.child);
  return server;
}

describe('the state file', () => {
  it.each([
    ['appends to the log', {}],
    // The log folded into a new snapshot every 7 records (about every group of commits): the kill is
    // as likely to land in a compaction as in an append.
    ['compacts every 7 records', { FGSIM_STATE_COMPACT_RECORDS: '7' }],
  ])(
    'survives SIGKILL in the middle of 1,000 PUTs while it %s: every answered PUT is there after a restart',
    async (_how, childEnv: Record<string, string>) => {
      const dir = tempDir();
      const first = await start(['--state', dir, '--scenario', 'telemetry-on'], childEnv);
      let auth = await adminHeaders(first.url);
      // 1,000 address rows (one restore, one transaction), so each PUT leaves its own mark.
      const shown = await fetch(`${first.url}/api/v2/fgsim/cli`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ session: 'crash', line: 'show firewall address' }),
      });
      const block = ((await shown.json()) as { results: { output: string } }).results.output;
      const rows = Array.from({ length: 1000 }, (_, n) => `    edit "b${n}"\n    next\n`).join('');
      const restored = await fetch(`${first.url}/api/v2/monitor/system/config/restore`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'text/plain' },
        body: block.replace(/end\s*$/, `${rows}end\n`),
      });
      expect(restored.status, await restored.text()).toBe(200);
      // The restore rebooted the unit, which ended the admin session: log in again.
      auth = await adminHeaders(first.url);

      const answered: number[] = [];
      let killed = false;
      let next = 0;
      // Eight writers in parallel; SIGKILL once 400 PUTs were answered, the others still in flight.
      const writer = async (): Promise<void> => {
        while (next < 1000 && !killed) {
          const n = next++;
          try {
            const r = await fetch(`${first.url}/api/v2/cmdb/firewall/address/b${n}`, {
              method: 'PUT',
              headers: auth,
              body: JSON.stringify({ comment: `put ${n}` }),
            });
            const text = await r.text();
            if (r.status === 200 && !killed) answered.push(n);
            else if (r.status !== 200) throw new Error(text);
          } catch (e) {
            if (!killed) throw e;
            return;
          }
          if (answered.length >= 400 && !killed) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, writer));
      expect(killed).toBe(true);

      const loaded = readState(dir, new FixedClock());
      expect(loaded?.notice).toBeNull();
      if (!loaded) throw new Error('no state file');
      const lost = answered.filter(
        (n) => loaded.device.find('firewall address', `b${n}`)?.comment !== `put ${n}`,
      );
      expect(lost).toEqual([]);

      const second = await start(['--state', dir]);
      expect(second.log).toMatch(/restored the device from/);
      const r = await fetch(`${second.url}/api/v2/cmdb/firewall/address/b${answered.at(-1)}`, {
        headers: await adminHeaders(second.url),
      });
      const env = (await r.json()) as { results: Array<{ comment: string }> };
      expect(env.results[0]?.comment).toBe(`put ${answered.at(-1)}`);
    },
    90_000,
  );

  it.each([
    ['torn', (valid: string) => valid.slice(0, Math.floor(valid.length / 2))],
    ['garbage', () => '\u0000\u0001 not json at all'],
    ['an old format', (valid: string) => JSON.stringify({ ...JSON.parse(valid), format: 0 })],
  ])(
    'a %s state file is set aside and reported; the server starts on the scenario',
    async (_what, spoil) => {
      const dir = tempDir();
      const first = await start(['--state', dir, '--scenario', 'telemetry-off']);
      first.child.kill('SIGKILL');
      const file = path.join(dir, STATE_FILE);
      const bad = spoil(fs.readFileSync(file, 'utf8'));
      fs.writeFileSync(file, bad);
      const second = await start(['--state', dir]);
      expect(second.log).toMatch(/could not be used .* set it aside as .*device\.json\.unusable-/);
      expect(second.log).toMatch(/opened the "telemetry-on" scenario instead/);
      const aside = fs.readdirSync(dir).filter((f) => f.startsWith(`${STATE_FILE}.unusable-`));
      expect(aside).toHaveLength(1);
      expect(fs.readFileSync(path.join(dir, aside[0] ?? ''), 'utf8')).toBe(bad);
      const status = await fetch(`${second.url}/api/v2/monitor/system/status`, {
        headers: await adminHeaders(second.url),
      });
      expect(status.status).toBe(200);
    },
    60_000,
  );

  it('without --state the device lives in memory and the log says so', async () => {
    const s = await start([]);
    expect(s.log).toMatch(/in memory only/);
  }, 30_000);
});
