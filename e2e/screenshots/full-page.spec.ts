/**
 * Full-page pictures (issue 18): SSL-VPN Settings is longer than the window and scrolls inside the
 * console's main area, so a plain picture (or Playwright's `fullPage`) stops at the window. The
 * manifest's `fullPage` picture of it (capture.ts) must cover the whole page: as tall as the header
 * plus everything the main area holds, the last control of the page (Apply) inside it.
 */
import { expect, test } from '@playwright/test';
import { takeShot } from './capture';
import { manifest } from './manifest';

const shot = manifest.find((s) => s.file === 'figure-ssl-vpn.png');

const pngHeight = (png: Buffer): number => png.readUInt32BE(20);

test.use({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });

test('a full-page picture of SSL-VPN Settings covers the whole page, not only the window', async ({
  page,
}) => {
  expect(shot?.fullPage, 'the manifest takes SSL-VPN Settings whole').toBe(true);
  if (!shot) return;
  expect(shot.viewport).toEqual({ width: 1280, height: 800 });

  // The window alone does not show it all: the main area scrolls.
  const windowOnly = await takeShot(page, { ...shot, fullPage: false });
  expect(pngHeight(windowOnly)).toBe(800);
  const main = page.getByRole('main');
  const content = await main.evaluate((m) => ({
    top: m.getBoundingClientRect().top,
    scrollHeight: m.scrollHeight,
    clientHeight: m.clientHeight,
  }));
  expect(content.scrollHeight).toBeGreaterThan(content.clientHeight);

  await page.setViewportSize(shot.viewport);
  const whole = await takeShot(page, shot);
  const height = pngHeight(whole);
  // Covers the header and all of the main area's content; no more than a few pixels of slack.
  expect(height).toBeGreaterThanOrEqual(content.top + content.scrollHeight);
  expect(height).toBeLessThan(content.top + content.scrollHeight + 40);
  // Nothing of the main area is scrolled away any more, and the page's last control is in the picture.
  expect(await main.evaluate((m) => m.scrollHeight - m.clientHeight)).toBeLessThanOrEqual(0);
  const apply = await page.getByRole('button', { name: 'Apply', exact: true }).boundingBox();
  expect(apply).not.toBeNull();
  expect((apply?.y ?? 0) + (apply?.height ?? 0)).toBeLessThanOrEqual(height);
  expect(
    await page.getByRole('region', { name: 'Tunnel Mode Client Settings' }).evaluate((r) => {
      const b = r.getBoundingClientRect();
      return b.bottom <= window.innerHeight;
    }),
  ).toBe(true);
});
