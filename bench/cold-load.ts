/**
 * Cold load of the production build to an interactive Dashboard › Status, in Chromium, beside a
 * blank page built the same way that only starts the MSW worker (with the device) and renders one
 * line, and beside a framework floor (bench/floor: that device plus React and react-router drawing
 * one line), which tells the frameworks' share of the gap from the console's own. Each load gets a
 * fresh browser context (no HTTP cache, no service worker yet), already holding an admin session so
 * the page opens straight on the Dashboard. Beside them, the same build served by the served mode
 * (src/server: the device on the server, no worker), to the same Dashboard. Reports the medians, the Dashboard's ratio to the blank
 * page (target ≤ 1.5×), the floor's ratios and the initial JavaScript size, each as a JSON line for
 * scripts/bench.mjs.
 *
 *   npx tsx bench/cold-load.ts [--runs 10]
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, resolveChromium } from '../e2e/support/chromium';
import { startServed, type ServedDevice } from '../src/server/device';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = Math.max(10, runsArg > 0 ? Number(process.argv[runsArg + 1]) : 10);
const TARGET_RATIO = 1.5;
const BROWSER_SETTLE_MS = 1000;

type StorageState = Exclude<BrowserContextOptions['storageState'], string | undefined>;

async function buildApp(outDir: string): Promise<void> {
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir } });
}

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

async function serve(outDir: string, port: number): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no URL');
  return { server, url: url.replace(/\/$/, '') };
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

const READY_MARK = 'fgsim-bench-ready';

/**
 * Milliseconds from navigation start until the page expression `ready` is true. The page watches for
 * itself, from a small init script that checks `ready` on every animation frame and says the time on
 * the console: Playwright's own waitForFunction would first inject its ~100 ms utility script into
 * the page, on the main thread, in the middle of the load being measured. The expressions are
 * strings so no transpiler helper leaks into the page.
 */
async function timeLoad(page: Page, url: string, ready: string): Promise<number> {
  await page.addInitScript(`(() => {
    if (!location.href.startsWith('http')) return;
    const check = () => {
      if (${ready}) console.log('${READY_MARK} ' + performance.now());
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })()`);
  const said = page.waitForEvent('console', {
    predicate: (m) => m.text().startsWith(READY_MARK),
    timeout: 30_000,
  });
  await page.goto(url, { waitUntil: 'commit' });
  return Number((await said).text().slice(READY_MARK.length + 1));
}

/** The Dashboard is interactive: the menu is drawn and System Information shows the hostname. */
const dashboardReady = `document.querySelector('nav[aria-label="Main menu"] button') !== null &&
  [...document.querySelectorAll('.fg-widget__facts th')].some(
    (th) => th.textContent === 'Hostname' && (th.nextElementSibling?.textContent ?? '') !== '')`;
const blankReady = `(document.getElementById('root')?.textContent ?? '') !== ''`;

/** Logs in once through the login page and keeps the session (cookie + stored session) for reuse. */
async function adminSession(browser: Browser, url: string): Promise<StorageState> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/login`);
  await page.getByLabel('Username').fill('admin');
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByRole('heading', { name: 'System Information' }).waitFor();
  const state = await context.storageState();
  await context.close();
  return state;
}

/** One load in a fresh context; the context starts with `storageState` when given. */
async function loadOnce(
  browser: Browser,
  url: string,
  ready: string,
  storageState?: StorageState,
): Promise<number> {
  const context = await browser.newContext(storageState ? { storageState } : {});
  try {
    const page = await context.newPage();
    // A new window makes Chromium build its own UI in the background (the omnibox popup, about
    // 250 ms of CPU on a renderer of its own). That is the browser starting, not the page loading,
    // and on two cores it would land in the middle of the load, so the load starts after it.
    await page.waitForTimeout(BROWSER_SETTLE_MS);
    return await timeLoad(page, url, ready);
  } finally {
    await context.close();
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const round = (x: number, digits = 1): number => Number(x.toFixed(digits));

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
    const loadApp = () => loadOnce(b, `${app.url}/dashboard/status`, dashboardReady, session);
    const servedSession = await adminSession(b, servedUrl);
    const loadServed = () => loadOnce(b, `${servedUrl}/dashboard/status`, dashboardReady, servedSession);
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
      { name: 'cold-load-ratio', value: round(appMs / blankMs, 2), unit: 'x', target: TARGET_RATIO },
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
      { name: 'cold-load-dashboard-over-floor', value: round(appMs / floorMs, 2), unit: 'x', target: null },
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
