/**
 * fgsim's testing contract for other projects' Playwright tests: a page object over the console by
 * its stable accessible names, and fixtures built on the caller's own `test`. Import it from a
 * checkout (`npm install --save-dev ../fgsim`, then `import { fgsimTest } from 'fgsim/testing'`).
 *
 * Plain JavaScript with no imports, so it runs in any Playwright project without transpiling and
 * never loads a second copy of `@playwright/test`. Types: ./index.d.ts. What is stable and how to
 * reset between tests: README.md, "Testing against fgsim".
 */

/** The API token the in-browser device accepts (`Authorization: Bearer …`). */
export const FGSIM_API_TOKEN = 'fgsim0000000000000000000000000';

/**
 * Chromium flags under which fgsim renders the same pixels on every run (one raster thread, whole
 * tiles); add them to `launchOptions.args` for screenshot comparisons.
 */
export const FGSIM_PIXEL_FLAGS = ['--num-raster-threads=1', '--disable-partial-raster'];

/** The scenarios a device can be opened in. */
export const FGSIM_SCENARIOS = ['telemetry-on', 'telemetry-off', 'factory-default', 'large'];

export class FgsimConsole {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.menu = page.getByRole('navigation', { name: 'Main menu' });
    this.header = page.getByRole('banner').first();
  }

  /**
   * Opens a screen (`/network/interfaces`; default the console's root) on a fresh device of
   * `scenario` when given, and waits until the device answers (`<html data-ready>`). Paths are
   * relative to Playwright's `baseURL`, which may carry a sub-path (`http://host/fgsim/`).
   */
  async open(route = '/', { scenario, screenshot } = {}) {
    const params = new URLSearchParams();
    if (scenario) params.set('scenario', scenario);
    if (screenshot) params.set('screenshot', '1');
    const query = params.toString();
    const before = this.page.url();
    await this.page.goto(`./#${route}${query ? `?${query}` : ''}`);
    // Only the part after `#` changed: the same page, so load it again for the device to read it.
    if (before.split('#')[0] === this.page.url().split('#')[0]) await this.page.reload();
    await this.ready();
  }

  /** Waits for the ready signal: `<html data-ready="true">` once the device answers requests. */
  async ready() {
    await this.page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  }

  /** Logs in from the login page (admin with the empty password by default). */
  async login(username = 'admin', password = '') {
    await this.page.getByLabel('Username').fill(username);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Login', exact: true }).click();
    await this.header.waitFor();
  }

  /** A top-level section of the left menu (`Network`). */
  section(label) {
    return this.menu.getByRole('button', { name: label, exact: true });
  }

  /** A navigable entry of the left menu (`Interfaces`). */
  menuLink(label) {
    return this.menu.getByRole('link', { name: label, exact: true });
  }

  /** Opens `section` if it is closed, then follows its entry `item`. */
  async navigate(section, item) {
    const button = this.section(section);
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await this.menuLink(item).click();
  }

  /** The open screen's main heading (`Interfaces`, `Edit Interface`). */
  title() {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  /** A notice with this text (success and information: role status; errors: role alert). */
  toast(text) {
    return this.page.getByRole('status').or(this.page.getByRole('alert')).filter({ hasText: text });
  }

  /** `GET /api/v2/<path>` from inside the page, with its session: `{ status, body }`. */
  async api(path) {
    return this.page.evaluate(async (p) => {
      const r = await fetch(`/api/v2/${p}`, { credentials: 'same-origin' });
      return { status: r.status, body: await r.json() };
    }, path);
  }

  /**
   * Replaces the device with a fresh `scenario` without a reload, staying logged in:
   * `POST /api/v2/fgsim/scenario` `{"name": …}` with the session's `X-CSRFTOKEN` (the `ccsrftoken`
   * cookie). Reload or navigate afterwards so the open screen reads the new device.
   */
  async reset(scenario = 'telemetry-on') {
    const result = await this.page.evaluate(async (name) => {
      const csrf = /(?:^|;\s*)ccsrftoken="?([^";]*)/.exec(document.cookie)?.[1] ?? '';
      const r = await fetch('/api/v2/fgsim/scenario', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRFTOKEN': csrf },
        body: JSON.stringify({ name }),
      });
      return { status: r.status, body: await r.json() };
    }, scenario);
    if (result.status !== 200) throw new Error(`fgsim: reset to ${scenario} refused: HTTP ${result.status}`);
  }
}

/**
 * Adds fgsim's fixtures to the caller's `test`: `fgsim` (a console page object on a fresh device,
 * not logged in) and `fgsimLoggedIn` (logged in as admin, on the Dashboard). Each Playwright test has
 * its own browser context, so its own device.
 *
 * @param {import('@playwright/test').TestType<any, any>} test the caller's `test` from `@playwright/test`
 * @param {{ scenario?: string }} [options] the scenario every test starts from (default `telemetry-on`)
 */
export function fgsimTest(test, { scenario = 'telemetry-on' } = {}) {
  return test.extend({
    fgsim: async ({ page }, use) => {
      const fgsim = new FgsimConsole(page);
      await fgsim.open('/', { scenario });
      await use(fgsim);
    },
    fgsimLoggedIn: async ({ page }, use) => {
      const fgsim = new FgsimConsole(page);
      await fgsim.open('/', { scenario });
      await fgsim.login();
      await page.getByRole('heading', { name: 'System Information' }).waitFor();
      await use(fgsim);
    },
  });
}
