/**
 * A class under load (issue 17), on loopback only, bounded: `fgsim serve --seats 21` as a child
 * process (the trainer's seat 0 and 20 trainees, a state dir, so every change is fsynced), the
 * trainer's page's event stream open, and each trainee seat making one REST change a second (a PUT of
 * dmz's description, a new value each time) for 30 s, each answer waited for. Every change also makes
 * the server read that seat's walkthrough progress again for the trainer. Reported: p50 and p99 of the
 * PUT's answer time, the server's CPU time over the run, and its resident memory (VmRSS of the
 * process, Linux) idle and at most.
 * Targets: p99 ≤ 100 ms; RSS ≤ 400 MB.
 *
 *   npx tsx bench/classroom.ts
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, adminHeaders } from '../src/server/child';
import { emit, quantile } from './support/emit';

const TRAINEES = 20;
const SECONDS = 30;

function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

/** CPU seconds the process has used (user + system; /proc/<pid>/stat, clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const dir = mkdtempSync(join(tmpdir(), 'fgsim-bench-class-'));
const server = await startServerProcess(['--seats', String(TRAINEES + 1), '--state', dir], 60_000);
const pid = server.child.pid as number;
try {
  const urls = [...server.log.matchAll(/fgsim: seat \d+[^\n]* at (http:\/\/\S+?)\/?(?:\s|$)/g)].map(
    (m) => m[1] as string,
  );
  if (urls.length !== TRAINEES + 1) throw new Error(`expected ${TRAINEES + 1} seats:\n${server.log}`);
  const idle = rssMb(pid);

  // The trainer's page, listening.
  const trainer = await adminHeaders(urls[0] as string);
  const events = await fetch(`${urls[0]}/fgsim/class/events`, {
    headers: { Cookie: trainer['Cookie'] as string },
  });
  const reader = (events.body as ReadableStream<Uint8Array>).getReader();
  let updates = 0;
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      updates += (new TextDecoder().decode(value).match(/^data: /gm) ?? []).length;
    }
  })();

  const latencies: number[] = [];
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 500);
  const start = performance.now();
  const cpuBefore = cpuSeconds(pid);
  await Promise.all(
    urls.slice(1).map(async (url, k) => {
      const auth = await adminHeaders(url);
      for (let i = 0; i < SECONDS; i++) {
        const due = start + i * 1000 + (k * 1000) / TRAINEES;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const t0 = performance.now();
        const r = await fetch(`${url}/api/v2/cmdb/system/interface/dmz`, {
          method: 'PUT',
          headers: auth,
          body: JSON.stringify({ description: `seat ${k + 1} change ${i}` }),
        });
        await r.text();
        latencies.push(performance.now() - t0);
        if (r.status !== 200) throw new Error(`seat ${k + 1}: HTTP ${r.status}`);
      }
    }),
  );
  clearInterval(sampler);
  const cpu = cpuSeconds(pid) - cpuBefore;
  peak = Math.max(peak, rssMb(pid));
  await reader.cancel();
  latencies.sort((a, b) => a - b);
  emit(
    `classroom: ${TRAINEES} seats × 1 PUT/s for ${SECONDS} s, p50 of the answer`,
    quantile(latencies, 0.5),
    'ms',
  );
  emit(
    `classroom: ${TRAINEES} seats × 1 PUT/s for ${SECONDS} s, p99 of the answer`,
    quantile(latencies, 0.99),
    'ms',
    100,
  );
  emit(`classroom: ${latencies.length} PUTs answered; trainer's view updates received`, updates, 'count');
  emit(`classroom: server CPU during the ${SECONDS} s`, cpu, 's');
  emit(`classroom: server RSS, ${TRAINEES + 1} seats idle`, idle, 'MB');
  emit(`classroom: server RSS, at most under load`, peak, 'MB', 400);
} finally {
  server.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}
