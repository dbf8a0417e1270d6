/**
 * Hosting for a class (issue 18): the one `dist/` the suite built (playwright.config.ts), copied as
 * it is to the root or under a sub-path of a plain static file server (e2e/support/static-server.ts:
 * no rewrites, no fallback page), logs in, opens a screen from the menu, survives a reload of it and
 * of an edit page, and does step 1 of the procedure. Every file the page asks for is found (the
 * favicon included), every font face loads from the sub-path (document.fonts, each file found),
 * and a device that cannot start says so instead of refusing the login.
 */
import type { Page } from '@playwright/test';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { routeOf } from '../src/app/address';
import { steps } from '../src/walkthrough/steps';
import { locate, perform } from './support/stage';
import { serveStatic, type StaticServer } from './support/static-server';
import { ConsolePage, expect, test } from './support/fixtures';

/**
 * Reloads once the page has no request on its way. An answer still owed to a page that goes away is
 * passed on by the service worker to the network, where a plain static server answers 404; a person
 * reloads a page that has finished loading.
 */
async function reloadWhenSettled(page: Page): Promise<void> {
  // eslint-disable-next-line playwright/no-networkidle -- no request on its way is exactly what this waits for
  await page.waitForLoadState('networkidle');
  await page.reload();
}

const DIST = join(import.meta.dirname, '..', 'dist');

interface FaceReading {
  face: string;
  status: FontFaceLoadStatus;
}

/**
 * Every `@font-face` of the page, as the page's own fonts have left it, then after asking each one to
 * load (the subsets a screen has not needed yet, latin-ext for instance): a face whose file cannot be
 * had from where the page was loaded ends in `error`.
 */
async function readFonts(page: Page): Promise<{ used: FaceReading[]; all: FaceReading[] }> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const read = () =>
      [...document.fonts].map((f) => ({
        face: `${f.family} ${f.weight} ${f.unicodeRange.slice(0, 12)}`,
        status: f.status,
      }));
    const used = read();
    await Promise.allSettled([...document.fonts].map((f) => f.load()));
    return { used, all: read() };
  });
}

const fontRequests = (server: StaticServer) => server.log.filter((r) => /\.woff2?$/.test(r.path));

async function hostDist(
  subPath: string,
  without: string[] = [],
): Promise<{ server: StaticServer; url: string }> {
  const root = await mkdtemp(join(tmpdir(), 'fgsim-host-'));
  const at = join(root, ...subPath.split('/').filter(Boolean));
  await cp(DIST, at, { recursive: true });
  for (const file of without) await rm(join(at, file));
  const server = await serveStatic(root);
  const close = server.close;
  server.close = async () => {
    await close();
    await rm(root, { recursive: true, force: true });
  };
  return { server, url: `${server.origin}${subPath}` };
}

for (const subPath of ['/', '/class/fgsim/']) {
  test(`the build as copied to ${subPath} of a plain static server: log in, a screen, a reload, step 1`, async ({
    page,
  }) => {
    const { server, url } = await hostDist(subPath);
    try {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      const fgt = new ConsolePage(page);
      await page.goto(url);
      await fgt.login();
      await expect(page.getByRole('heading', { name: 'System Information' })).toBeVisible();
      expect(page.url()).toBe(`${url}#/dashboard/status`);

      await fgt.navigate('Network', 'Interfaces');
      await expect(fgt.title()).toHaveText('Interfaces');
      expect(page.url()).toBe(`${url}#/network/interfaces`);
      await reloadWhenSettled(page);
      await expect(fgt.title()).toHaveText('Interfaces');
      await expect(page.getByRole('treegrid', { name: 'Interfaces' })).toBeVisible();

      // An edit page's address has a name in it no build could know of; it reloads too.
      await page.getByRole('row', { name: /(^|\s)internal(\s|$)/ }).dblclick();
      await expect(page).toHaveURL(`${url}#/network/interfaces/edit/internal`);
      await reloadWhenSettled(page);
      await expect(fgt.title()).toHaveText('Edit Interface');

      const step = steps[0]!;
      await fgt.navigate('System', 'Feature Visibility');
      await expect(page).toHaveURL((u) => routeOf(u) === step.route);
      await expect(locate(page, step.target)).toBeVisible();
      for (const action of step.actions) await perform(page, action);
      await expect.poll(() => fgt.cmdbValue('system/settings', 'gui-endpoint-control')).toBe('enable');
      // Step 1's effect: the endpoint pages are in the menu, and stay there after a reload.
      await reloadWhenSettled(page);
      await fgt.navigate('Security Profiles', 'FortiClient Compliance');
      await expect(page).toHaveURL(`${url}#/security-profiles/forticlient-compliance`);

      // The fonts: the CLI Console shows DejaVu Mono, the console Lato in both weights; every face loads
      // from the sub-path, none is missing.
      await page.getByRole('banner').getByRole('button', { name: 'CLI Console' }).click();
      await expect(page.getByRole('textbox', { name: 'CLI Console input' })).toBeVisible();
      const fonts = await readFonts(page);
      const loaded = fonts.used.filter((f) => f.status === 'loaded').map((f) => f.face);
      for (const face of [/^Lato 400 U\+0-FF,/, /^Lato 700 U\+0-FF,/, /^DejaVu Mono 400 /])
        expect(loaded, String(face)).toContainEqual(expect.stringMatching(face));
      expect(fonts.all.length).toBeGreaterThanOrEqual(5);
      expect(fonts.all.filter((f) => f.status !== 'loaded')).toEqual([]);
      expect(fontRequests(server).length).toBeGreaterThanOrEqual(5);
      for (const r of fontRequests(server)) expect(`${r.path} ${r.status}`).toMatch(/^\S+\.woff2 200$/);
      expect(fontRequests(server).every((r) => r.path.startsWith(`${subPath}assets/`))).toBe(true);

      // Nothing the page asked for was missing (assets, worker, fonts, favicon), and nothing left the sub-path.
      expect(server.log.filter((r) => r.status >= 400)).toEqual([]);
      expect(server.log.filter((r) => !r.path.startsWith(subPath))).toEqual([]);
      expect(server.log.map((r) => r.path)).toContain(`${subPath}favicon.ico`);
      expect(errors).toEqual([]);
    } finally {
      await server.close();
    }
  });
}

test('an old path-form link still opens its screen where a server answers it with the console', async ({
  consolePage: fgt,
  page,
}) => {
  // `vite preview` (the suite's server) answers every path with index.html, as hosts with a fallback rule do.
  await page.goto('/vpn/ssl-settings?scenario=telemetry-on');
  await expect(page).toHaveURL(/\/#\/login$/);
  await fgt.login();
  await expect(page).toHaveURL(/\/#\/vpn\/ssl-settings$/);
  await expect(fgt.title()).toHaveText('SSL-VPN Settings');
});

test('the fonts check finds a font file missing from the copy', async ({ page }) => {
  const bold = (await readdir(join(DIST, 'assets'))).filter((f) =>
    /^lato-latin-700-normal-.*\.woff2?$/.test(f),
  );
  expect(bold).toHaveLength(2); // the woff2 and the woff it falls back to
  const { server, url } = await hostDist(
    '/fgsim/',
    bold.map((f) => `assets/${f}`),
  );
  try {
    const fgt = new ConsolePage(page);
    await page.goto(url);
    await fgt.login();
    await fgt.expectDashboard();
    const fonts = await readFonts(page);
    expect(fonts.all.filter((f) => f.status === 'error').map((f) => f.face)).toEqual([
      expect.stringMatching(/^Lato 700 U\+0-FF,/),
    ]);
    expect(fontRequests(server).filter((r) => r.status === 404).length).toBeGreaterThan(0);
  } finally {
    await server.close();
  }
});

test('a device that cannot start says so at login instead of "Authentication failure"', async ({ page }) => {
  const { server, url } = await hostDist('/fgsim/', ['mockServiceWorker.js']);
  try {
    const fgt = new ConsolePage(page);
    await page.goto(url);
    await fgt.login();
    await expect(page.getByRole('alert').filter({ hasText: /^The device could not start: / })).toBeVisible();
    await expect(page.getByText('Authentication failure')).toHaveCount(0);
    // No request went to the static server as if it were the device.
    expect(server.log.filter((r) => r.method === 'POST')).toEqual([]);
  } finally {
    await server.close();
  }
});
