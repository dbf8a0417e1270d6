/**
 * Timing one cold load of a page in Chromium, shared by the cold-load benches: a preview server for a
 * build, the page's own ready signal (no Playwright script injected mid-load), a fresh context per load.
 */
import { type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';

export type StorageState = Exclude<BrowserContextOptions['storageState'], string | undefined>;

export const BROWSER_SETTLE_MS = 1000;

/** This checkout. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The production build of the console at `root` (this checkout, or a worktree of another commit). */
export async function buildApp(outDir: string, root = ROOT): Promise<void> {
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir } });
}

/** Serves a built `outDir` on 127.0.0.1 (the port, or the next free one). */
export async function serve(outDir: string, port: number): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root: dirname(outDir),
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no URL');
  return { server, url: url.replace(/\/$/, '') };
}

const READY_MARK = 'fgsim-bench-ready';

/**
 * Milliseconds from navigation start until the page expression `ready` is true. The page watches for
 * itself, from a small init script that checks `ready` on every animation frame and says the time on
 * the console: Playwright's own waitForFunction would first inject its ~100 ms utility script into
 * the page, on the main thread, in the middle of the load being measured. The expressions are
 * strings so no transpiler helper leaks into the page.
 */
export async function timeLoad(page: Page, url: string, ready: string): Promise<number> {
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
export const dashboardReady = `document.querySelector('nav[aria-label="Main menu"] button') !== null &&
  [...document.querySelectorAll('.fg-widget__facts th')].some(
    (th) => th.textContent === 'Hostname' && (th.nextElementSibling?.textContent ?? '') !== '')`;
export const blankReady = `(document.getElementById('root')?.textContent ?? '') !== ''`;

/** Logs in once through the login page and keeps the session (cookie + stored session) for reuse. */
export async function adminSession(browser: Browser, url: string): Promise<StorageState> {
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
export async function loadOnce(
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

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
export const round = (x: number, digits = 1): number => Number(x.toFixed(digits));
