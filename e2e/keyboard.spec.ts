/**
 * The whole procedure with the keyboard alone (issue 18): from the login page to step 5's tick, with
 * `page.keyboard` only — Tab, Shift+Tab, Enter, Space, the arrows, Escape and typing — no click, no
 * `locator.click/fill/press/focus`. After every key the focus must be on an element with a role and
 * an accessible name, never on `<body>` (nor on nothing), and the journey reaches each control by
 * Tab or by what the screen offers (Show me, the tree's arrows), as a keyboard-only person does.
 *
 * The REST reads (`fgt.cmdbValue`, the guide's ticks) only look; nothing is done with the mouse.
 */
import type { Locator, Page } from '@playwright/test';
import { routeOf } from '../src/app/address';
import {
  CONSOLE_INPUT,
  DEREGISTER_ALL,
  DEREGISTER_WARNING,
  GUIDE_TITLE,
  steps,
} from '../src/walkthrough/steps';
import { locate } from './support/stage';
import { expect, test } from './support/fixtures';

/** Where the focus is, as Playwright's aria snapshot names it: `button "Apply"`; `body` or `none` when lost. */
async function focused(page: Page): Promise<string> {
  const tag = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return el ? 'body' : 'none';
    // A <details>' <summary> is its disclosure control, named by its text (HTML-AAM), for which
    // Playwright's aria snapshot has no role.
    if (el.tagName === 'SUMMARY') return `summary "${el.textContent?.trim() ?? ''}"`;
    return el.tagName.toLowerCase();
  });
  if (tag === 'body' || tag === 'none' || tag.startsWith('summary ')) return tag;
  const snapshot = await page.locator(':focus').ariaSnapshot();
  // The first line: `- role "name"` (and `[attributes]`, or `:` before the children).
  return (snapshot.split('\n')[0] ?? '').replace(/^- /, '').replace(/:$/, '');
}

/** A focus that has a role and a non-empty accessible name. */
const NAMED = /^[a-z]+ "[^"]+"/;

class Keyboard {
  /** Every key pressed, with where the focus went: the journey's record, shown when it fails. */
  readonly trail: string[] = [];
  constructor(readonly page: Page) {}

  /** Presses `key` and checks the focus is on a named element. */
  async press(key: string): Promise<string> {
    await this.page.keyboard.press(key);
    return this.expectNamedFocus(key);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    await this.expectNamedFocus(`type ${text}`);
  }

  async expectNamedFocus(after: string): Promise<string> {
    // Focus may move a frame after the key (a page drawn afresh, a dialog opened): wait until it settles
    // on a named element, and fail if it never does.
    let at = '';
    await expect
      .poll(async () => (at = await focused(this.page)), {
        message: `focus after ${after} (${this.trail.slice(-6).join(' → ')})`,
        timeout: 3000,
      })
      .toMatch(NAMED);
    this.trail.push(`${after}: ${at}`);
    return at;
  }

  /** Tab (or Shift+Tab) until `target` has the focus, at most `presses` times. */
  async tabTo(target: Locator, { back = false, presses = 60 } = {}): Promise<void> {
    for (let i = 0; i < presses; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.press(back ? 'Shift+Tab' : 'Tab');
    }
    await expect(target, `reached by ${back ? 'Shift+Tab' : 'Tab'} within ${presses}`).toBeFocused();
  }

  /** Arrow `key` in a list until `target` has the focus. */
  async arrowTo(target: Locator, key: 'ArrowDown' | 'ArrowUp', presses = 40): Promise<void> {
    for (let i = 0; i < presses; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.press(key);
    }
    await expect(target).toBeFocused();
  }
}

const rowNamed = (grid: Locator, name: string) =>
  grid.getByRole('row', { name: new RegExp(`(^|\\s)${name.replace('.', '\\.')}(\\s|$)`) });

test('the whole procedure with the keyboard alone, focus always on a named control', async ({
  consolePage: fgt,
  page,
}) => {
  test.setTimeout(180_000);
  const keys = new Keyboard(page);
  const guide = page.getByRole('complementary', { name: `Guide: ${GUIDE_TITLE}` });
  const guideButton = (name: string) => guide.getByRole('button', { name, exact: true });
  const stepTitle = guide.getByRole('heading', { level: 3 });
  const tick = (i: number) =>
    guide.getByRole('list', { name: 'Steps' }).getByRole('listitem').nth(i).getByRole('img');
  const expectTicked = (i: number) => expect(tick(i)).toHaveAttribute('aria-label', 'done');
  const main = page.getByRole('main');

  // Login: Tab to Username, type, Tab to Password, Enter.
  await fgt.open('/');
  await keys.tabTo(page.getByLabel('Username'));
  await keys.type('admin');
  await keys.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await keys.press('Enter');
  await fgt.expectDashboard();
  await expect(fgt.title()).toBeFocused();

  // The guide, from the header.
  await keys.tabTo(page.getByRole('banner').getByRole('button', { name: 'Guide', exact: true }));
  await keys.press('Enter');
  await expect(guide).toBeVisible();
  await expect(guide.getByRole('heading', { level: 2 })).toBeFocused();

  /** Show me: from the step's title to the button, Enter, and the focus on the step's target. */
  const showMe = async (i: number) => {
    const step = steps[i]!;
    await expect(stepTitle).toHaveText(step.title);
    await keys.tabTo(guideButton('Show me'));
    await keys.press('Enter');
    await expect(page).toHaveURL((u) => routeOf(u) === step.route);
    // On the target, or inside it (the tree's row that takes the Tab stop).
    await expect
      .poll(() => locate(page, step.target).evaluate((t) => t.contains(document.activeElement)))
      .toBe(true);
  };
  /** From the screen on to the guide's Next (the guide comes after the screen in Tab order), then Enter. */
  const next = async (i: number) => {
    await keys.tabTo(guideButton('Next'), { presses: 120 });
    await keys.press('Enter');
    await expect(stepTitle).toHaveText(steps[i]!.title);
    await expect(stepTitle).toBeFocused();
  };

  // Step 1: Endpoint Control on, Apply.
  await showMe(0);
  await keys.press('Space');
  await expect(page.getByRole('switch', { name: 'Endpoint Control', exact: true })).toBeChecked();
  await keys.tabTo(main.getByRole('button', { name: 'Apply', exact: true }));
  await keys.press('Enter');
  await expect.poll(() => fgt.cmdbValue('system/settings', 'gui-endpoint-control')).toBe('enable');
  await expectTicked(0);
  await keys.expectNamedFocus('Apply saved');

  // Step 2: in the tree, expand wan1 and wan2 with →, open each interface with Enter, clear
  // FortiTelemetry with Space, OK with Enter, and come back to the row.
  await next(1);
  await showMe(1);
  const grid = page.getByRole('treegrid', { name: 'Interfaces', exact: true });
  await keys.press('ArrowDown');
  for (const port of ['wan1', 'wan2']) {
    await keys.arrowTo(rowNamed(grid, port), 'ArrowDown');
    await keys.press('ArrowRight');
    await expect(grid.getByRole('button', { name: `Collapse ${port}` })).toBeAttached();
  }
  for (const name of ['internal', 'dmz', 'HQ-to-Branch', 'FCT-Dialup', 'DC-Backup']) {
    const row = rowNamed(grid, name);
    await expect(row).toContainText('FortiTelemetry');
    const up =
      Number(await row.getAttribute('aria-rowindex')) <
      Number(await page.locator(':focus').getAttribute('aria-rowindex'));
    await keys.arrowTo(row, up ? 'ArrowUp' : 'ArrowDown');
    await keys.press('Enter');
    await expect(fgt.title()).toHaveText('Edit Interface');
    const telemetry = page.getByRole('checkbox', { name: 'FortiTelemetry', exact: true });
    await keys.tabTo(telemetry);
    await keys.press('Space');
    await expect(telemetry).not.toBeChecked();
    await keys.tabTo(page.getByRole('button', { name: 'OK', exact: true }));
    await keys.press('Enter');
    await expect(fgt.title()).toHaveText('Interfaces');
    await expect(row).toBeFocused();
    await expect(row).not.toContainText('FortiTelemetry');
  }
  await expectTicked(1);

  // Step 3: Allow Endpoint Registration off, Apply.
  await next(2);
  await showMe(2);
  await keys.press('Space');
  await expect(
    page.getByRole('switch', { name: 'Allow Endpoint Registration', exact: true }),
  ).not.toBeChecked();
  await keys.tabTo(main.getByRole('button', { name: 'Apply', exact: true }));
  await keys.press('Enter');
  await expectTicked(2);
  await keys.expectNamedFocus('Apply saved');

  // Step 4: the default profile, System Compliance off, OK.
  await next(3);
  await showMe(3);
  await keys.press('Enter');
  await expect(fgt.title()).toHaveText('Edit FortiClient Compliance Profile');
  const compliance = page.getByRole('switch', { name: 'System Compliance', exact: true });
  await keys.tabTo(compliance);
  await keys.press('Space');
  await expect(compliance).not.toBeChecked();
  await keys.tabTo(page.getByRole('button', { name: 'OK', exact: true }));
  await keys.press('Enter');
  await expect(fgt.title()).toHaveText('FortiClient Compliance Profiles');
  await expect(page.getByRole('link', { name: 'default', exact: true })).toBeFocused();
  await expectTicked(3);

  // Step 5: the CLI Console, the command, y; Escape closes the console and the focus goes back.
  await next(4);
  await showMe(4);
  await keys.press('Enter');
  const input = locate(page, CONSOLE_INPUT);
  await expect(input).toBeFocused();
  await keys.type(DEREGISTER_ALL);
  await keys.press('Enter');
  await expect(page.getByRole('log', { name: 'CLI Console output' })).toContainText(DEREGISTER_WARNING);
  await keys.press('y');
  await expectTicked(4);
  await keys.press('Escape');
  await expect(page.getByRole('region', { name: 'CLI Console' })).toBeHidden();
  await expect(page.getByRole('banner').getByRole('button', { name: 'CLI Console' })).toBeFocused();
  await expect(guide.getByRole('region', { name: 'Summary' })).toBeVisible();
  test.info().annotations.push({ type: 'keys pressed', description: String(keys.trail.length) });
});
