/**
 * The device's storage (issue 14 items 1 and 2), production build in Chromium:
 *
 * - storage-save-large: a PUT of one interface row on `large`, answered only once its change is in
 *   IndexedDB (lock, other tabs' changes, the transaction, the log entry), median of 20, timed in the
 *   page around `fetch`; beside it, the characters that one change stores.
 * - storage-full-export-large: what every save cost before (the whole touched state exported, in
 *   Node), for comparison; the bytes of that export.
 * - cross-tab-refresh: from one tab's PUT of the hostname being answered to another tab's Dashboard
 *   showing it (BroadcastChannel → the client re-reads → that tab replays the log entry), median of 10.
 *   Target 250 ms.
 *
 *   npx tsx bench/storage.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, resolveChromium } from '../e2e/support/chromium';
import { buildApp, median, round, serve } from './support/page-load';
import { FixedClock, buildScenario, changeBetween, exportState } from '../src/device';

async function ready(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
}

/** In the page: logs in over the REST door. */
const LOGIN = `fetch('/logincheck', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ username: 'admin', secretkey: '', ajax: '1' }) }).then((r) => r.text())`;

/** In the page: one PUT, its milliseconds (a string, so no transpiler helper leaks into the page). */
const putTimed = (path: string, body: unknown): string => `(async () => {
  const token = /(?:^|;\\s*)ccsrftoken="?([^";]*)/.exec(document.cookie)?.[1] ?? '';
  const t0 = performance.now();
  const r = await fetch(${JSON.stringify(path)}, { method: 'PUT',
    headers: { 'Content-Type': 'application/json', 'X-CSRFTOKEN': token }, body: ${JSON.stringify(JSON.stringify(body))} });
  if (r.status !== 200) throw new Error('PUT answered ' + r.status);
  await r.arrayBuffer();
  return { ms: performance.now() - t0, at: Date.now() };
})()`;

async function saveOnLarge(browser: Browser, url: string): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await ready(page, `${url}/?scenario=large`);
  await page.evaluate(LOGIN);
  const times: number[] = [];
  for (let i = 0; i < 22; i++) {
    const { ms } = (await page.evaluate(
      putTimed(`/api/v2/cmdb/system/interface/port${(i % 30) + 1}`, { alias: `bench${i}` }),
    )) as { ms: number };
    if (i >= 2) times.push(ms); // the first two warm the code paths
  }
  await context.close();
  return times;
}

async function crossTab(browser: Browser, url: string): Promise<number[]> {
  const context = await browser.newContext();
  const a = await context.newPage();
  const b = await context.newPage();
  await ready(a, `${url}/?scenario=telemetry-on`);
  await a.evaluate(LOGIN);
  await ready(b, `${url}/dashboard/status`);
  await b.getByRole('heading', { name: 'System Information' }).waitFor();
  const times: number[] = [];
  for (let i = 0; i < 12; i++) {
    const hostname = `FGT-BENCH-${i}`;
    const seen = b.evaluate(`new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.body.innerText.includes(${JSON.stringify(hostname)})) { observer.disconnect(); resolve(Date.now()); }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    })`) as Promise<number>;
    const { at } = (await a.evaluate(putTimed('/api/v2/cmdb/system/global', { hostname }))) as { at: number };
    const shown = await seen;
    if (i >= 2) times.push(shown - at);
  }
  await context.close();
  return times;
}

/** What the old save did after every burst of commits: export the whole touched state. */
function fullExport(): { ms: number; chars: number; changeChars: number } {
  const device = buildScenario('large', new FixedClock());
  const times: number[] = [];
  let chars = 0;
  let changeChars = 0;
  for (let i = 0; i < 12; i++) {
    const before = device.state;
    device.transact((tx) => tx.update('system interface', `port${i + 1}`, { alias: `x${i}` }));
    changeChars = JSON.stringify(changeBetween(before, device.state)).length;
    const t0 = performance.now();
    chars = exportState(device).length;
    if (i >= 2) times.push(performance.now() - t0);
  }
  return { ms: median(times), chars, changeChars };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'fgsim-bench-storage-'));
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  try {
    await buildApp(join(work, 'app'));
    const served = await serve(join(work, 'app'), 4194);
    server = served.server;
    const executablePath = resolveChromium();
    browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
    const save = await saveOnLarge(browser, served.url);
    const refresh = await crossTab(browser, served.url);
    const old = fullExport();
    console.log(
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log(`save on large: ${save.map((t) => round(t, 0)).join(' ')} ms`);
    console.log(`cross-tab refresh: ${refresh.map((t) => round(t, 0)).join(' ')} ms`);
    const lines = [
      { name: 'storage-save-large', value: round(median(save)), unit: 'ms' },
      { name: 'storage-save-large-change', value: old.changeChars, unit: 'chars' },
      { name: 'storage-full-export-large', value: round(old.ms), unit: 'ms' },
      { name: 'storage-full-export-large-size', value: old.chars, unit: 'chars' },
      { name: 'cross-tab-refresh', value: round(median(refresh)), unit: 'ms', target: 250 },
    ];
    for (const line of lines) console.log(JSON.stringify(line));
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
