/**
 * A class survives `kill -9`: a real server process with `--seats 3 --state <dir> --ssh-port 0`, a
 * different change on every seat (REST on seats 0 and 1, SSH on seat 2), SIGKILL at once after the
 * last answer — for SSH, right after the prompt that follows `end` — and a restart on the same state
 * dir: every seat has its own device back.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adminHeaders, type ServerProcess, sshLines, startServerProcess } from './child';

const children: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

interface Seat {
  url: string;
  ssh: number;
}

/** The seats a class server printed (src/server/main.ts: one line per seat). */
function seatsOf(server: ServerProcess): Seat[] {
  return [...server.log.matchAll(/fgsim: seat (\d+)[^\n]* at (http:\/\/\S+?)\/? ssh port (\d+)/g)].map(
    (m) => ({ url: m[2] as string, ssh: Number(m[3]) }),
  );
}

async function start(dir: string, env: Record<string, string>): Promise<Seat[]> {
  const server = await startServerProcess(['--seats', '3', '--ssh-port', '0', '--state', dir], 20_000, env);
  children.push(server.child);
  const seats = seatsOf(server);
  expect(seats, server.log).toHaveLength(3);
  return seats;
}

async function hostname(url: string): Promise<unknown> {
  const r = await fetch(`${url}/api/v2/cmdb/system/global`, { headers: await adminHeaders(url) });
  return ((await r.json()) as { results: { hostname: unknown } }).results.hostname;
}

describe('a class after kill -9', () => {
  it.each([
    ['its change appended to the log', {}],
    // Every record folded into a new snapshot at once: the last answers come after a compaction.
    ['the log folded into the snapshot at every change', { FGSIM_STATE_COMPACT_RECORDS: '1' }],
  ])(
    'keeps every seat’s own device, and an SSH change whose prompt after `end` was shown (%s)',
    async (_how, env: Record<string, string>) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fgsim-seats-crash-'));
      dirs.push(dir);
      const first = await start(dir, env);
      for (const k of [0, 1]) {
        const seat = first[k] as Seat;
        const r = await fetch(`${seat.url}/api/v2/cmdb/system/global`, {
          method: 'PUT',
          headers: await adminHeaders(seat.url),
          body: JSON.stringify({ hostname: `Seat-${k}` }),
        });
        expect(r.status, await r.text()).toBe(200);
      }
      const { seen } = await sshLines((first[2] as Seat).ssh, [
        'config system global',
        'set hostname Seat-2',
        'end',
      ]);
      expect(seen).toMatch(/Seat-2 # $/);
      (children[0] as ChildProcess).kill('SIGKILL');

      const again = await start(dir, {});
      expect(await hostname((again[0] as Seat).url)).toBe('Seat-0');
      expect(await hostname((again[1] as Seat).url)).toBe('Seat-1');
      expect(await hostname((again[2] as Seat).url)).toBe('Seat-2');
      for (const k of [0, 1, 2]) expect(fs.existsSync(path.join(dir, `seat-${k}`, 'device.json'))).toBe(true);
    },
    60_000,
  );
});
