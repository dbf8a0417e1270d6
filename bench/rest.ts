/**
 * The REST door at scale, in Node through the MSW handlers (setupServer + fetch) on the `large`
 * device (5,440 interfaces): median GET of all interfaces (target < 50 ms) — after a change to the
 * table, and again with the table unchanged (its JSON is then cached) — and PUT of one interface
 * row (target < 5 ms); what saving the device after that PUT costs in the browser (exportState, the
 * debounced save's work); and the gzipped initial JavaScript of the production build (entry script
 * plus its modulepreloads). Prints one JSON line per measurement for scripts/bench.mjs.
 *
 *   npx tsx bench/rest.ts [--runs 30]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { server, useDevice } from '../src/api/node';
import { exportState } from '../src/device';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = Math.max(20, runsArg > 0 ? Number(process.argv[runsArg + 1]) : 30);
const WARMUP = 5;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

/** CPU time of this process per run, beside wall time: less disturbed when the machine is busy. */
const cpuTimes = new Map<number[], number[]>();
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function timed(runs: number, once: (i: number) => Promise<void> | void): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await once(-1 - i);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const started = process.cpuUsage();
    await once(i);
    times.push(performance.now() - start);
    cpu.push(cpuMs(started));
  }
  cpuTimes.set(times, cpu);
  return times;
}

/** Times `once` only, after an untimed `before` each run. */
async function timedAfter(
  runs: number,
  before: (i: number) => Promise<void>,
  once: () => Promise<void>,
): Promise<number[]> {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = -WARMUP; i < runs; i++) {
    await before(i);
    const start = performance.now();
    const started = process.cpuUsage();
    await once();
    if (i < 0) continue;
    times.push(performance.now() - start);
    cpu.push(cpuMs(started));
  }
  cpuTimes.set(times, cpu);
  return times;
}

async function restTimings() {
  server.listen({ onUnhandledRequest: 'error' });
  const fgt = useDevice('large');
  const interfaces = fgt.device.rows('system interface').length;
  const getAll = async (): Promise<void> => {
    const answer = await fgt.api.get('/api/v2/cmdb/system/interface');
    if (answer.status !== 200 || answer.body.results.length !== interfaces) throw new Error('GET failed');
  };
  const change = async (i: number): Promise<void> => {
    const answer = await fgt.api.put('/api/v2/cmdb/system/interface/port9', { alias: `changed ${i}` });
    if (answer.status !== 200) throw new Error(`PUT failed: ${answer.text}`);
  };
  // Cold: the table changed since the last read, so nothing of it is cached (the GUI after a save).
  const cold = await timedAfter(RUNS, change, getAll);
  // The same, timed until the answer's bytes have arrived: what is left of `cold` is the client's
  // decoding and parsing of the answer (26 MB with every 6.0 key of an interface).
  let answerBytes = 0;
  const url = new URL('/api/v2/cmdb/system/interface', fgt.api.origin);
  const coldBytes = await timedAfter(RUNS, change, async () => {
    const answer = await fetch(url, { headers: fgt.api.headers });
    answerBytes = (await answer.arrayBuffer()).byteLength;
  });
  // Warm: nothing changed in the table since the last read (the GUI after a change elsewhere).
  const get = await timed(RUNS, getAll);
  const put = await timed(RUNS, async (i) => {
    const answer = await fgt.api.put('/api/v2/cmdb/system/interface/port7', {
      alias: `uplink ${i}`,
      fortiheartbeat: i % 2 ? 'enable' : 'disable',
    });
    if (answer.status !== 200) throw new Error(`PUT failed: ${answer.text}`);
  });
  const save = await timed(Math.min(RUNS, 20), () => void exportState(fgt.device));
  server.close();
  console.log(`large: ${interfaces} interfaces, ${RUNS} runs each`);
  const cpuOf = (times: number[]) => round(median(cpuTimes.get(times) ?? []), 1);
  console.log(
    `median CPU time: GET after a change ${cpuOf(cold)} ms (${cpuOf(coldBytes)} ms to its ${answerBytes} bytes), GET unchanged ${cpuOf(get)} ms, PUT ${cpuOf(put)} ms, save ${cpuOf(save)} ms`,
  );
  console.log(`GET all interfaces, after a change: ${cold.map((t) => round(t, 1)).join(' ')} ms`);
  console.log(`GET all interfaces, unchanged:      ${get.map((t) => round(t, 1)).join(' ')} ms`);
  console.log(`PUT one interface:                  ${put.map((t) => round(t, 1)).join(' ')} ms`);
  console.log(`GET all interfaces, to the bytes:   ${coldBytes.map((t) => round(t, 1)).join(' ')} ms`);
  return {
    cold: median(cold),
    coldBytes: median(coldBytes),
    answerBytes,
    get: median(get),
    put: median(put),
    save: median(save),
  };
}

/** Bytes of the entry script and its modulepreloads, as the browser fetches them before first render. */
async function initialJs(): Promise<{ raw: number; gzip: number }> {
  const outDir = mkdtempSync(join(tmpdir(), 'fgsim-bench-build-'));
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir },
    });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const urls = [
      ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
      ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ].map((m) => m[1] as string);
    let raw = 0;
    let gzip = 0;
    for (const url of new Set(urls)) {
      const bytes = readFileSync(join(outDir, url.replace(/^\//, '')));
      raw += bytes.length;
      gzip += gzipSync(bytes).length;
    }
    console.log(`initial JS: ${urls.length} file(s), ${raw} B, ${gzip} B gzip`);
    return { raw, gzip };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const rest = await restTimings();
const js = await initialJs();
const lines = [
  { name: 'rest-get-all-interfaces-large', value: round(rest.cold), unit: 'ms', target: 50 },
  {
    name: 'rest-get-all-interfaces-large-to-the-answer-bytes',
    value: round(rest.coldBytes),
    unit: 'ms',
    target: null,
  },
  { name: 'rest-get-all-interfaces-large-answer-size', value: rest.answerBytes, unit: 'bytes', target: null },
  { name: 'rest-get-all-interfaces-large-unchanged', value: round(rest.get), unit: 'ms', target: 50 },
  { name: 'rest-put-one-interface-large', value: round(rest.put), unit: 'ms', target: 5 },
  { name: 'save-after-change-large', value: round(rest.save), unit: 'ms', target: null },
  { name: 'initial-js-gzip', value: js.gzip, unit: 'bytes', target: null },
];
for (const l of lines) console.log(JSON.stringify(l));
