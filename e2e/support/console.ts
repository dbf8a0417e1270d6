/**
 * Page object for the fgsim console, by visible labels only: log in, use the left menu, read toasts,
 * and ask the device over the REST API from inside the page (the same MSW worker the GUI uses).
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class ConsolePage {
  readonly menu: Locator;
  readonly header: Locator;

  constructor(readonly page: Page) {
    this.menu = page.getByRole('navigation', { name: 'Main menu' });
    this.header = page.getByRole('banner').first();
  }

  /** Opens `path` (default: the console's root) on a fresh device of the given scenario. */
  async open(path = '/', scenario?: string): Promise<void> {
    const query = scenario ? `${path.includes('?') ? '&' : '?'}scenario=${scenario}` : '';
    await this.page.goto(`${path}${query}`);
  }

  /** Fills the login page and submits it. */
  async login(username = 'admin', password = ''): Promise<void> {
    await this.page.getByLabel('Username').fill(username);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Login' }).click();
  }

  /** A top-level section button of the left menu (`Security Profiles`). */
  section(label: string): Locator {
    return this.menu.getByRole('button', { name: label, exact: true });
  }

  /** A navigable entry of the left menu (`FortiClient Compliance`). */
  menuLink(label: string): Locator {
    return this.menu.getByRole('link', { name: label, exact: true });
  }

  /** Opens the left menu's `section` unless it is open already. */
  async openSection(section: string): Promise<void> {
    const button = this.section(section);
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }

  /** Opens `section` if closed, then follows its entry `item`. */
  async navigate(section: string, item: string): Promise<void> {
    await this.openSection(section);
    await this.menuLink(item).click();
  }

  /** Presses Tab until `target` has the focus, as a keyboard-only user does (at most `presses` times). */
  async tabTo(target: Locator, presses = 200): Promise<void> {
    for (let i = 0; i < presses && !(await target.evaluate((el) => el === document.activeElement)); i++)
      await this.page.keyboard.press('Tab');
    await expect(target).toBeFocused();
  }

  /** The page's main heading. */
  title(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  /** A success toast with this text. */
  toast(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** `GET /api/v2/<path>` from inside the page (session cookie included); answers the envelope. */
  async api<T = unknown>(path: string): Promise<{ status: number; body: T }> {
    return this.page.evaluate(async (p) => {
      const r = await fetch(`/api/v2/${p}`, { credentials: 'same-origin' });
      return { status: r.status, body: (await r.json()) as T };
    }, path);
  }

  /** A value of a single-object CMDB table (`system/settings`, `gui-endpoint-control`). */
  async cmdbValue(table: string, key: string): Promise<unknown> {
    const { body } = await this.api<{ results: Record<string, unknown> }>(`cmdb/${table}`);
    return body.results[key];
  }

  /** Waits for the Dashboard of a logged-in console. */
  async expectDashboard(): Promise<void> {
    await expect(this.page).toHaveURL(/\/dashboard\/status$/);
    await expect(this.page.getByRole('heading', { name: 'System Information' })).toBeVisible();
  }
}
