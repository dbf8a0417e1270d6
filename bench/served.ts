/**
 * Served mode (issue 16) under load, on loopback only, bounded in time: the server as a child process
 * (`tsx src/server/cli.ts`), then autocannon (10 connections, 5 s a run) against
 * `GET /api/v2/cmdb/system/interface/wan1` (`port1` on `large`) and a PUT of one field (`description`, a new value each time),
 * with the state file on, on `telemetry-on` and on `large`; and the time from starting the process
 * to its first answer. Targets: ≥ 2,000 GET/s with p99 ≤ 20 ms, ≥ 500 PUT/s, start ≤ 2 s.
 * Prints one JSON line per measurement for scripts/bench.mjs (a target is an upper bound there, so
 * throughputs are reported with their targets in the name).
 *
 *   npx tsx bench/served.ts
 */
import type { ChildProcess } from 'node:child_process';
import { startServerProcess, adminHeaders } from '../src/server/child';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { emit } from './support/emit';

const DURATION_S = 5;
const CONNECTIONS = 10;

async function start(args: string[]): Promise<{ child: ChildProcess; url: string; firstAnswerMs: number }> {
  const t0 = performance.now();
  const { child, url } = await startServerProcess(args, 30_000);
  await fetch(`${url}/api/v2/monitor/system/status`);
  return { child, url, firstAnswerMs: performance.now() - t0 };
}

async function load(opts: autocannon.Options): Promise<autocannon.Result> {
  return autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...opts });
}

// `large` is a 3000D: no wan1; its first port stands in.
const ROW = { 'telemetry-on': 'wan1', large: 'port1' } as const;

for (const scenario of ['telemetry-on', 'large'] as const) {
  const dir = mkdtempSync(join(tmpdir(), 'fgsim-bench-'));
  const { child, url, firstAnswerMs } = await start(['--scenario', scenario, '--state', dir]);
  try {
    emit(`served ${scenario}: start to first answer`, firstAnswerMs, 'ms', 2000);
    const auth = await adminHeaders(url);
    const target = `${url}/api/v2/cmdb/system/interface/${ROW[scenario]}`;
    const get = await load({ url: target, headers: auth });
    if (get.non2xx > 0 || get.errors > 0) throw new Error(`GET: ${get.non2xx} non-2xx, ${get.errors} errors`);
    emit(
      `served ${scenario}: GET ${ROW[scenario]}, requests/s (target ≥ 2,000)`,
      get.requests.average,
      'req/s',
    );
    emit(`served ${scenario}: GET ${ROW[scenario]}, p50`, get.latency.p50, 'ms');
    emit(`served ${scenario}: GET ${ROW[scenario]}, p99`, get.latency.p99, 'ms', 20);
    const put = await load({
      url: target,
      method: 'PUT',
      headers: auth,
      body: JSON.stringify({ description: 'bench [<id>]' }),
      idReplacement: true,
    });
    if (put.non2xx > 0 || put.errors > 0) throw new Error(`PUT: ${put.non2xx} non-2xx, ${put.errors} errors`);
    emit(
      `served ${scenario}: PUT one field, state file on, requests/s (target ≥ 500)`,
      put.requests.average,
      'req/s',
    );
    emit(`served ${scenario}: PUT one field, p50`, put.latency.p50, 'ms');
    emit(`served ${scenario}: PUT one field, p99`, put.latency.p99, 'ms');
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
