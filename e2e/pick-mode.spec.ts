/**
 * The writers' pick mode (issue 18; src/app/pick-mode.ts): with `?screenshot=1&pick=1`, a click on a
 * control shows its role and accessible name as a manifest target, and does nothing else. Each target
 * shown is checked the way the screenshot tool will use it: `page.getByRole(role, { name, exact })`
 * finds exactly the element that was clicked.
 */
import type { Locator, Page } from '@playwright/test';
import { routeOf } from '../src/app/address';
import { START_SCENARIO } from '../src/walkthrough/steps';
import type { Target } from '../src/walkthrough/target';
import { openScreen } from './support/stage';
import { ConsolePage, expect, test } from './support/fixtures';

const panel = (page: Page) => page.getByRole('region', { name: 'Pick a target' });

/** The target the panel shows, read as the manifest's TypeScript would read it (a plain object literal). */
async function shownTarget(page: Page): Promise<Target> {
  const text = (await panel(page).getByLabel('Picked target').textContent()) ?? '';
  expect(text).toMatch(/^\{ role: '[a-z]+', name: '.*', exact: true \}$/);
  return new Function(`return (${text});`)() as Target;
}

/** Clicks `control` in pick mode; the target shown must find exactly it. */
async function pick(page: Page, control: Locator, at?: { x: number; y: number }): Promise<Target> {
  // The mouse itself, where a person points: a disabled control is picked too (a locator's click
  // would wait for it to be enabled).
  const box = await control.boundingBox();
  if (!box) throw new Error('nothing to click');
  await page.mouse.click(box.x + (at?.x ?? box.width / 2), box.y + (at?.y ?? box.height / 2));
  const target = await shownTarget(page);
  const found = page.getByRole(target.role, { name: target.name, exact: true });
  await expect(found).toHaveCount(1);
  expect(await found.evaluate((el, c) => el === c, await control.elementHandle())).toBe(true);
  return target;
}

test('pick mode shows the role and name of what is clicked, ready for the manifest, and the click does nothing', async ({
  page,
}) => {
  const fgt = new ConsolePage(page);
  await openScreen(page, '/system/feature-visibility', { scenario: START_SCENARIO, screenshotMode: true });
  // The modes are read when the page loads: a new address after the # alone is no load.
  await page.goto('/#/system/feature-visibility?pick=1');
  await page.reload();
  await expect(panel(page)).toBeVisible();
  await expect(fgt.title()).toHaveText('Feature Visibility');

  const endpoint = page.getByRole('switch', { name: 'Endpoint Control', exact: true });
  await expect(endpoint).not.toBeChecked();
  expect(await pick(page, endpoint)).toEqual({ role: 'switch', name: 'Endpoint Control', exact: true });
  await expect(panel(page)).toContainText('The only one on this screen.');
  // Not switched, not focused, and Apply (picked too) saves nothing.
  await expect(endpoint).not.toBeChecked();
  await expect(endpoint).not.toBeFocused();
  const apply = page.getByRole('button', { name: 'Apply', exact: true });
  expect(await pick(page, apply)).toEqual({ role: 'button', name: 'Apply', exact: true });
  expect(await fgt.cmdbValue('system/settings', 'gui-endpoint-control')).toBe('disable');

  // A menu link is picked, not followed.
  const menuLink = fgt.menuLink('Feature Visibility');
  expect(await pick(page, menuLink)).toEqual({ role: 'link', name: 'Feature Visibility', exact: true });
  await expect(page).toHaveURL((u) => routeOf(u) === '/system/feature-visibility');

  // A row, from a click on one of its cells; a double-click opens nothing; Outer gives its table.
  await page.goto('/#/network/interfaces');
  const grid = page.getByRole('treegrid', { name: 'Interfaces', exact: true });
  const internal = grid.getByRole('row', { name: /(^|\s)internal(\s|$)/ });
  // The Status column fills in after the list (its own read): a row's name changes then, so the
  // target is picked once it has (a CI run picked `— internal …`, `—` being the empty Status, and
  // lost the row when its name changed).
  await expect(internal.getByRole('img', { name: /^(Up|Down)$/ })).toBeVisible();
  const target = await pick(page, internal, { x: 80, y: 10 });
  expect(target.role).toBe('row');
  expect(target.name).toContain('internal');
  const row = await internal.boundingBox();
  await page.mouse.dblclick((row?.x ?? 0) + 80, (row?.y ?? 0) + 10);
  await expect(fgt.title()).toHaveText('Interfaces');
  await expect(internal).toHaveAttribute('aria-selected', 'false');
  await panel(page).getByRole('button', { name: 'Outer' }).click();
  expect(await shownTarget(page)).toEqual({ role: 'treegrid', name: 'Interfaces', exact: true });

  // A crop's region: Edit Interface's group, picked from one of its boxes with Outer.
  await page.goto('/#/network/interfaces/edit/internal');
  const telemetry = page.getByRole('checkbox', { name: 'FortiTelemetry', exact: true });
  await expect(telemetry).toBeChecked();
  expect(await pick(page, telemetry)).toEqual({ role: 'checkbox', name: 'FortiTelemetry', exact: true });
  await expect(telemetry).toBeChecked();
  await panel(page).getByRole('button', { name: 'Outer' }).click();
  expect(await shownTarget(page)).toEqual({ role: 'group', name: 'Administrative Access', exact: true });

  // Off again with ?pick=0: clicks act.
  await page.goto('/#/network/interfaces/edit/internal?pick=0');
  await page.reload();
  await expect(panel(page)).toHaveCount(0);
  await telemetry.click();
  await expect(telemetry).not.toBeChecked();
});
