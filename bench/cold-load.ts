/**
 * Cold load of the production build to an interactive Dashboard › Status, in Chromium, beside a
 * blank page built the same way that only starts the MSW worker (with the device) and renders one
 * line, and beside a framework floor (bench/floor: that device plus React and react-router drawing
 * one line), which tells the frameworks' share of the gap from the console's own. Each load gets a
 * fresh browser context (no HTTP cache, no service worker yet), already holding an admin session so
 * the page opens straight on the Dashboard. Beside them, the same build served by the served mode
 * (src/server: the device on the server, no worker), to the same Dashboard. Reports the medians, the Dashboard's ratio to the
 * framework floor (the target, ≤ 1.5×: the console's own cost over the least a React and react-router
 * page costs), its ratio to the blank page, the floor's and the initial JavaScript size, each as a
 * JSON line for scripts/bench.mjs.
 *
 *   npx tsx bench/cold-load.ts [--runs 10]
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { build, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, resolveChromium } from '../e2e/support/chromium';
import { startServed, type ServedDevice } from '../src/server/device';
import {
  ROOT,
  buildApp,
  adminSession,
  blankReady,
  dashboardReady,
  loadOnce,
  median,
  round,
  serve,
} from './support/page-load';

const runsArg = process.argv.indexOf('--runs');
const RUNS = Math.max(10, runsArg > 0 ? Number(process.argv[runsArg + 1]) : 10);
const TARGET_RATIO = 1.5;

/** A baseline page under bench/ (`blank` or `floor`), built plain: no fgsim config, no plugins. */
async function buildBaseline(name: 'blank' | 'floor', outDir: string): Promise<void> {
  await build({
    root: join(ROOT, 'bench', name),
    configFile: false,
    publicDir: join(ROOT, 'public'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/** Bytes (raw and gzip) of the JavaScript the entry HTML loads before anything is lazy-loaded. */
function initialJs(outDir: string): { raw: number; gzip: number } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const files = new Set(
    [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1] ?? ''),
  );
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const path = join(outDir, f.replace(/^\//, ''));
    raw += statSync(path).size;
    gzip += gzipSync(readFileSync(path)).length;
  }
  return { raw, gzip };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'fgsim-bench-'));
  const appDir = join(work, 'app');
  const blankDir = join(work, 'blank');
  const floorDir = join(work, 'floor');
  const servers: PreviewServer[] = [];
  let servedApp: ServedDevice | undefined;
  let browser: Browser | undefined;
  try {
    await buildApp(appDir);
    await buildBaseline('blank', blankDir);
    await buildBaseline('floor', floorDir);
    const app = await serve(appDir, 4191);
    servers.push(app.server);
    const blank = await serve(blankDir, 4192);
    servers.push(blank.server);
    const floor = await serve(floorDir, 4193);
    servers.push(floor.server);
    servedApp = await startServed({
      port: 0,
      scenario: 'telemetry-on',
      fallback: 'telemetry-on',
      stateDir: null,
      distDir: appDir,
    });
    const servedUrl = servedApp.url.replace(/\/$/, '');
    const executablePath = resolveChromium();
    const b = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
    browser = b;

    const session = await adminSession(b, app.url);
    const loadBlank = () => loadOnce(b, `${blank.url}/`, blankReady);
    const loadFloor = () => loadOnce(b, `${floor.url}/`, blankReady);
    const loadApp = () => loadOnce(b, `${app.url}/#/dashboard/status`, dashboardReady, session);
    const servedSession = await adminSession(b, servedUrl);
    const loadServed = () => loadOnce(b, `${servedUrl}/#/dashboard/status`, dashboardReady, servedSession);
    // One untimed load of each warms the OS file cache and the preview servers, not the browser.
    await loadBlank();
    await loadFloor();
    await loadApp();
    await loadServed();
    // Take turns so all three pages meet the same load on a shared machine.
    const blankTimes: number[] = [];
    const floorTimes: number[] = [];
    const appTimes: number[] = [];
    const servedTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      blankTimes.push(await loadBlank());
      floorTimes.push(await loadFloor());
      appTimes.push(await loadApp());
      servedTimes.push(await loadServed());
    }
    const js = initialJs(appDir);
    const blankJs = initialJs(blankDir);

    const appMs = median(appTimes);
    const blankMs = median(blankTimes);
    const floorMs = median(floorTimes);
    console.log(
      `runs: ${RUNS} of each, in turn, fresh context each; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log(`dashboard: ${appTimes.map((t) => round(t, 0)).join(' ')} ms`);
    console.log(`served:    ${servedTimes.map((t) => round(t, 0)).join(' ')} ms`);
    console.log(`blank:     ${blankTimes.map((t) => round(t, 0)).join(' ')} ms`);
    console.log(`floor:     ${floorTimes.map((t) => round(t, 0)).join(' ')} ms`);
    console.log(
      `initial JS: app ${js.raw} B (${js.gzip} B gzip), blank ${blankJs.raw} B (${blankJs.gzip} B gzip)`,
    );
    const lines = [
      { name: 'cold-load-dashboard', value: round(appMs), unit: 'ms', target: null },
      { name: 'cold-load-blank', value: round(blankMs), unit: 'ms', target: null },
      // The same Dashboard from the served mode: the device answers over HTTP, no worker starts.
      { name: 'cold-load-dashboard-served', value: round(median(servedTimes)), unit: 'ms', target: null },
      { name: 'cold-load-ratio', value: round(appMs / blankMs, 2), unit: 'x', target: null },
      // Each dashboard load over the blank load just before it: steadier when the machine's load drifts.
      {
        name: 'cold-load-ratio-paired',
        value: round(median(appTimes.map((t, i) => t / (blankTimes[i] ?? t))), 2),
        unit: 'x',
        target: null,
      },
      // What React and react-router alone add to the blank page, and what the console adds to them.
      { name: 'cold-load-floor', value: round(floorMs), unit: 'ms', target: null },
      { name: 'cold-load-floor-ratio', value: round(floorMs / blankMs, 2), unit: 'x', target: null },
      // The target: what the console costs over the framework floor.
      {
        name: 'cold-load-dashboard-over-floor',
        value: round(appMs / floorMs, 2),
        unit: 'x',
        target: TARGET_RATIO,
      },
      {
        name: 'cold-load-dashboard-over-floor-paired',
        value: round(median(appTimes.map((t, i) => t / (floorTimes[i] ?? t))), 2),
        unit: 'x',
        target: null,
      },
      { name: 'initial-js', value: js.raw, unit: 'bytes', target: null },
      { name: 'initial-js-gzip', value: js.gzip, unit: 'bytes', target: null },
    ];
    for (const l of lines) console.log(JSON.stringify(l));
  } finally {
    await browser?.close();
    for (const s of servers) await s.close();
    await servedApp?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
