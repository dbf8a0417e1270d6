/**
 * What trainees ran into (issue 18): the Access column and the FortiClient Monitor's Host/OS readable in
 * full at 1024×768 and up with the guide open or not, the README's deep link, toasts that go away and are
 * never over the guide or the CLI Console, and the words of step 3 true to the device.
 */
import type { Locator, Page } from '@playwright/test';
import { routeOf } from '../src/app/address';
import { GUIDE_TITLE, steps } from '../src/walkthrough/steps';
import { cliDoor } from './support/stage';
import { expect, test } from './support/fixtures';

const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

const guidePanel = (page: Page) => page.getByRole('complementary', { name: `Guide: ${GUIDE_TITLE}` });

async function openGuide(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Guide', exact: true }).click();
  await expect(guidePanel(page)).toBeVisible();
}

interface CellReading {
  text: string;
  /** On screen: inside the table's visible box, the table not scrolled sideways. */
  onScreen: boolean;
  /** Shown whole without anything done. */
  whole: boolean;
}

/** How the text of `selector` (under a cell of a row) in each row of `grid` is shown, without and then with the row focused. */
async function readCells(
  grid: Locator,
  selector: string,
): Promise<(CellReading & { wholeOnFocus: boolean })[]> {
  const rows = grid.locator(`[role="row"]:has(> ${selector})`);
  const count = await rows.count();
  const out: (CellReading & { wholeOnFocus: boolean })[] = [];
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const measure = () =>
      row.evaluate((r, sel) => {
        const tree = r.closest('[role="treegrid"]') as HTMLElement;
        const box = tree.getBoundingClientRect();
        const span = r.querySelector(`:scope > ${sel}`) as HTMLElement;
        const s = span.getBoundingClientRect();
        const row = r.getBoundingClientRect();
        const right = box.left + tree.clientWidth;
        const linesInside = (el: HTMLElement, clip: DOMRect) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return [...range.getClientRects()].every(
            (l) => l.top >= clip.top - 0.5 && l.bottom <= clip.bottom + 0.5,
          );
        };
        return {
          text: span.textContent ?? '',
          onScreen: tree.scrollLeft === 0 && s.left >= box.left && Math.min(s.right, right) > s.left,
          // Nothing cut sideways (no ellipsis), inside the table, and every line of the text drawn
          // inside its row and, where the text clips, inside its own box (no clamped line below).
          whole:
            span.scrollWidth <= span.clientWidth &&
            s.right <= right + 0.5 &&
            s.left >= box.left - 0.5 &&
            linesInside(span, getComputedStyle(span).overflow === 'visible' ? row : s) &&
            linesInside(span, row),
        };
      }, selector);
    const before = await measure();
    if (before.text === '') continue;
    await row.focus();
    const after = await measure();
    out.push({ ...before, wholeOnFocus: after.whole && after.onScreen });
  }
  return out;
}

for (const viewport of VIEWPORTS)
  for (const guideOpen of [false, true])
    test(`Access in full on Network › Interfaces at ${viewport.width}×${viewport.height}, guide ${guideOpen ? 'open' : 'closed'}`, async ({
      loggedInPage: fgt,
      page,
    }) => {
      await page.setViewportSize(viewport);
      if (guideOpen) await openGuide(page);
      await fgt.navigate('Network', 'Interfaces');
      const grid = page.getByRole('treegrid', { name: 'Interfaces', exact: true });
      for (const port of ['wan1', 'wan2']) await grid.getByRole('button', { name: `Expand ${port}` }).click();
      await expect(grid.getByRole('row', { name: /FCT-Dialup/ })).toBeVisible();
      // Read as a person sees it without pointing at anything: the pointer off the table.
      await page.mouse.move(0, 0);
      // No sideways scrolling: every column shown is inside the table.
      expect(await grid.evaluate((t) => t.scrollWidth - t.clientWidth)).toBeLessThanOrEqual(0);
      const cells = await readCells(grid, ':nth-child(6) .fg-tree__clip');
      const telemetry = cells.filter((c) => c.text.includes('FortiTelemetry'));
      expect(telemetry).toHaveLength(6); // internal, dmz, ssl.root and the three tunnels
      for (const c of cells) {
        expect(c.onScreen, c.text).toBe(true);
        expect(c.whole || c.wholeOnFocus, c.text).toBe(true);
      }
      // Whole without hover or focus at every size, 1024×768 with the guide open included (there rows
      // take two lines and Access wraps).
      expect(cells.filter((c) => !c.whole).map((c) => c.text)).toEqual([]);
    });

test('the FortiClient Monitor: Host and OS with an ellipsis when cut, whole on hover or focus', async ({
  loggedInPage: fgt,
  page,
}) => {
  await cliDoor(page, steps[0]!.cli);
  for (const viewport of [VIEWPORTS[0]!, VIEWPORTS[2]!]) {
    await page.setViewportSize(viewport);
    await fgt.open('/#/monitor/forticlient-monitor');
    const grid = page.getByRole('treegrid').first();
    await expect(grid.locator('.fg-tree__clip').first()).toBeVisible();
    for (const column of [1, 3]) {
      const selector = `:nth-child(${column}) .fg-tree__clip`;
      expect(
        await grid
          .locator(selector)
          .first()
          .evaluate((s) => getComputedStyle(s).textOverflow),
      ).toBe('ellipsis');
      const cells = await readCells(grid, selector);
      expect(cells.length).toBeGreaterThan(0);
      for (const c of cells) expect(c.whole || c.wholeOnFocus, `${viewport.width}: ${c.text}`).toBe(true);
    }
  }
});

test('the README deep link /?guide=fortitelemetry&step=3 opens the guide and the step’s screen after login', async ({
  consolePage: fgt,
  page,
}) => {
  await page.goto('/?guide=fortitelemetry&step=3');
  await fgt.login();
  await expect(page).toHaveURL((u) => routeOf(u) === steps[2]!.route);
  await expect(fgt.title()).toHaveText('SSL-VPN Settings');
  await expect(guidePanel(page).getByRole('heading', { level: 3 })).toHaveText(steps[2]!.title);
  expect(new URL(page.url()).hash).not.toContain('guide=');
});

test('toasts are never over the guide or the CLI Console, go away by themselves, and can be dismissed', async ({
  loggedInPage: fgt,
  page,
}) => {
  await openGuide(page);
  await page.getByRole('banner').getByRole('button', { name: 'CLI Console' }).click();
  const cli = page.getByRole('region', { name: 'CLI Console' });
  await expect(cli).toBeVisible();
  await fgt.navigate('System', 'Feature Visibility');
  await page.getByRole('switch', { name: 'Endpoint Control', exact: true }).click();
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  const toast = page.getByRole('status').filter({ hasText: /./ }).first();
  await expect(toast).toBeVisible();
  const overlaps = async (other: Locator) => {
    const [a, b] = await Promise.all([toast.boundingBox(), other.boundingBox()]);
    if (!a || !b) throw new Error('no box');
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  };
  expect(await overlaps(guidePanel(page))).toBe(false);
  expect(await overlaps(cli)).toBe(false);
  // Next is never intercepted by a toast.
  await guidePanel(page)
    .getByRole('button', { name: 'Next', exact: true })
    .click({ trial: true, timeout: 2000 });
  await expect(toast).toBeHidden({ timeout: 7000 });

  // Dismissed before its time.
  await page.getByRole('switch', { name: 'Endpoint Control', exact: true }).click();
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(toast).toBeVisible();
  await toast.getByRole('button', { name: 'Dismiss' }).click();
  await expect(toast).toBeHidden();
});

test('step 3’s words are true: ssl.root is an interface, and clearing FortiTelemetry there ticks step 3', async ({
  loggedInPage: fgt,
  page,
}) => {
  const step = steps[2]!;
  expect(step.instructions.join(' ')).toContain('ssl.root');
  expect(step.instructions.join(' ')).not.toMatch(/no interface of its own/);
  await openGuide(page);
  await fgt.open('/#/network/interfaces/edit/ssl.root');
  await expect(fgt.title()).toHaveText('Edit Interface');
  await page.getByRole('checkbox', { name: 'FortiTelemetry', exact: true }).uncheck();
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(
    guidePanel(page).getByRole('list', { name: 'Steps' }).getByRole('listitem').nth(2).getByRole('img'),
  ).toHaveAttribute('aria-label', 'done');
});

test('keyboard: focus after login, the skip link, Next/Back, Show me, and back to the row after OK or Cancel', async ({
  consolePage: fgt,
  page,
}) => {
  await fgt.open('/');
  await page.getByLabel('Username').fill('admin');
  await page.keyboard.press('Enter');
  // After login: on the Dashboard's heading, not on <body>.
  const h1 = page.getByRole('main').getByRole('heading', { level: 1 });
  await expect(h1).toBeFocused();

  // The skip link is the first Tab stop of the page and takes the keyboard to the main heading.
  await page.locator('body').focus();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(h1).toBeFocused();
  expect(routeOf(new URL(page.url()))).toBe('/dashboard/status');

  // The guide: Next and Back move focus to the step's heading.
  await page.getByRole('banner').getByRole('button', { name: 'Guide', exact: true }).press('Enter');
  const panel = guidePanel(page);
  const stepTitle = panel.getByRole('heading', { level: 3 });
  await panel.getByRole('button', { name: 'Next', exact: true }).press('Enter');
  await expect(stepTitle).toHaveText(steps[1]!.title);
  await expect(stepTitle).toBeFocused();
  await panel.getByRole('button', { name: 'Back', exact: true }).press('Enter');
  await expect(stepTitle).toHaveText(steps[0]!.title);
  await expect(stepTitle).toBeFocused();

  // Show me takes the keyboard to its target.
  await panel.getByRole('button', { name: 'Show me', exact: true }).press('Enter');
  await expect(page.getByRole('switch', { name: 'Endpoint Control', exact: true })).toBeFocused();

  // Edit Interface: OK and Cancel bring the keyboard back to the row that was open.
  await fgt.open('/#/network/interfaces');
  const grid = page.getByRole('treegrid', { name: 'Interfaces', exact: true });
  const dmz = grid.getByRole('row', { name: /(^|\s)dmz(\s|$)/ });
  await dmz.click();
  await dmz.press('Enter');
  await expect(fgt.title()).toHaveText('Edit Interface');
  await page.getByRole('button', { name: 'Cancel', exact: true }).press('Enter');
  await expect(dmz).toBeFocused();
  await dmz.press('Enter');
  await page.getByRole('checkbox', { name: 'FortiTelemetry', exact: true }).press('Space');
  await page.getByRole('button', { name: 'OK', exact: true }).press('Enter');
  await expect(dmz).toBeFocused();
  await expect(dmz).not.toContainText('FortiTelemetry');
});

test('the confirm dialog is the browser’s modal <dialog>: top layer, the page behind inert, Escape, focus back', async ({
  loggedInPage: fgt,
  page,
}) => {
  await fgt.navigate('Network', 'Interfaces');
  const grid = page.getByRole('treegrid', { name: 'Interfaces', exact: true });
  await grid.getByRole('row', { name: /(^|\s)dmz(\s|$)/ }).click();
  const del = page.getByRole('button', { name: 'Delete', exact: true });
  await del.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.tagName === 'DIALOG' && d.matches(':modal'))).toBe(true);
  // The page behind: what is under a menu link is the dialog's backdrop, and Tab never leaves the dialog.
  const link = await fgt.menuLink('Interfaces').boundingBox();
  if (!link) throw new Error('no menu link');
  expect(
    await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, {
      x: link.x + link.width / 2,
      y: link.y + link.height / 2,
    }),
  ).toBe('DIALOG');
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const inside = await dialog.evaluate(
      (d) => d.contains(document.activeElement) || document.activeElement === document.body,
    );
    expect(inside).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(del).toBeFocused();
  await expect(grid.getByRole('row', { name: /(^|\s)dmz(\s|$)/ })).toBeVisible();
});
