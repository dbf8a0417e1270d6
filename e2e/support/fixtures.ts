/**
 * Playwright fixtures for every journey: `consolePage` (a fresh device, not logged in) and
 * `loggedInPage` (logged in as admin, on the Dashboard). Each test has its own browser context, so its
 * own device storage: tests never see each other's changes.
 *
 *   import { test, expect } from './support/fixtures';
 *   test('…', async ({ loggedInPage: fgt }) => { await fgt.navigate('System', 'Feature Visibility'); });
 */
import { test as base } from '@playwright/test';
import { ConsolePage } from './console';

export const test = base.extend<{ consolePage: ConsolePage; loggedInPage: ConsolePage }>({
  consolePage: async ({ page }, use) => {
    await use(new ConsolePage(page));
  },
  loggedInPage: async ({ page }, use) => {
    const fgt = new ConsolePage(page);
    await fgt.open('/');
    await fgt.login();
    await fgt.expectDashboard();
    await use(fgt);
  },
});

export { expect } from '@playwright/test';
export { ConsolePage } from './console';
