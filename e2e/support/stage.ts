/**
 * Putting a screen into the state a picture shows, shared by the visual regression suite
 * (e2e/visual) and the documentation screenshots (e2e/screenshots): open a route on a fresh device of
 * a named scenario, logged in; type lines into the CLI door; replay a walkthrough step's actions from
 * src/walkthrough/steps.ts; and wait until the screen is still (data in, fonts loaded).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { routeOf } from '../../src/app/address';
import type { ScenarioName } from '../../src/device/scenarios';
import type { RestReads } from '../../src/walkthrough/rest-reads';
import { START_SCENARIO, steps, type Action, type Step, type StepId } from '../../src/walkthrough/steps';
import type { Target } from '../../src/walkthrough/target';
import { cliDoor as cliThroughRest } from './device-api';

/** A walkthrough target, found exactly as the step defines it (Playwright's `getByRole`). */
export const locate = (page: Page, target: Target): Locator =>
  page.getByRole(target.role, { name: target.name, exact: target.exact ?? false });

export interface OpenOptions {
  scenario?: ScenarioName;
  /** Adds `?screenshot=1`: the console's screenshot mode (no guide, toasts or caret). */
  screenshotMode?: boolean;
}

/**
 * Opens `route` on a fresh device of `scenario` and logs in as admin if the login page shows (a new
 * browser context has no session; the device keeps the session when a scenario is opened).
 */
export async function openScreen(page: Page, route: string, options: OpenOptions = {}): Promise<void> {
  const params = new URLSearchParams();
  if (options.scenario) params.set('scenario', options.scenario);
  if (options.screenshotMode) params.set('screenshot', '1');
  const query = params.toString();
  await page.goto(query ? `${route}?${query}` : route);
  const login = page.getByRole('button', { name: 'Login', exact: true });
  const main = page.getByRole('main');
  await expect(login.or(page.getByRole('banner'))).toBeVisible();
  if (await login.isVisible()) {
    await page.getByLabel('Username').fill('admin');
    await login.click();
  }
  await expect(page).toHaveURL((url) => routeOf(url) === route);
  await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Types `lines` into the CLI through its REST door, as one console session would (answers included). */
export const cliDoor = (page: Page, lines: readonly string[]): Promise<void> =>
  cliThroughRest(page, lines, 'e2e-stage');

/** The REST API's `results`, read from inside the page with its session, as the guide reads them. */
export const deviceReads = (page: Page): RestReads => {
  const results = (path: string, query: Record<string, string> = {}) =>
    page.evaluate(
      async ({ path, query }) => {
        const search = new URLSearchParams(query).toString();
        const r = await fetch(`/api/v2/${path}${search ? `?${search}` : ''}`, { credentials: 'same-origin' });
        return ((await r.json()) as { results?: unknown }).results;
      },
      { path, query },
    );
  return {
    cmdb: (path, query) => results(`cmdb/${path}`, query),
    monitor: (path) => results(`monitor/${path}`),
  };
};

/** Does one action of a walkthrough step, as the e2e journey does. */
export async function perform(page: Page, action: Action): Promise<void> {
  const control = locate(page, action.target);
  switch (action.do) {
    case 'click':
      return control.click();
    case 'check':
      return control.check();
    case 'uncheck':
      return control.uncheck();
    case 'fill':
      return control.fill(action.value);
    case 'press':
      return control.press(action.value);
    case 'see':
      return expect(control).toContainText(action.value);
  }
}

export const stepById = (id: StepId): Step => {
  const step = steps.find((s) => s.id === id);
  if (!step) throw new Error(`no walkthrough step ${id}`);
  return step;
};

/**
 * The screen a picture of a step shows: a fresh `telemetry-on` device (where the procedure starts),
 * the earlier steps done through the CLI door, the step's route, then its first `afterActions` actions
 * — and when that is all of them, until the device says the step is done (its `doneWhen`).
 */
export async function stageStep(
  page: Page,
  id: StepId,
  afterActions: number,
  options: Pick<OpenOptions, 'screenshotMode'> = {},
): Promise<Step> {
  const step = stepById(id);
  const earlier = steps.slice(0, steps.indexOf(step));
  await openScreen(page, step.route, { ...options, scenario: START_SCENARIO });
  if (earlier.length > 0) {
    await cliDoor(
      page,
      earlier.flatMap((s) => s.cli),
    );
    await openScreen(page, step.route);
  }
  await expect(locate(page, step.target)).toBeVisible();
  for (const action of step.actions.slice(0, afterActions)) await perform(page, action);
  if (afterActions === step.actions.length)
    await expect.poll(() => step.doneWhen(deviceReads(page)), { message: `${step.id} is done` }).toBe(true);
  return step;
}

/**
 * Waits until nothing is left to arrive: the fonts, and the parts a screen fills in after it is drawn
 * (the Status column of Network › Interfaces comes from a second, monitor, request). Then moves the
 * pointer out of the way so no hover style shows.
 */
export async function settle(page: Page): Promise<void> {
  const interfaces = page.getByRole('treegrid', { name: 'Interfaces', exact: true });
  // Asked again on every try: the list may be on its way out (an Edit that opens another page).
  await expect(async () => {
    if (await interfaces.isVisible())
      await expect(interfaces.getByRole('img', { name: /^(Up|Down)$/ }).first()).toBeVisible({
        timeout: 500,
      });
  }).toPass();
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}
