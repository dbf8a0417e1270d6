/**
 * Playwright fixtures for every journey: `consolePage` (a fresh device, not logged in) and
 * `loggedInPage` (logged in as admin, on the Dashboard). Each test has its own browser context, so its
 * own device storage: tests never see each other's changes.
 *
 *   import { test, expect } from './support/fixtures';
 *   test('…', async ({ loggedInPage: fgt }) => { await fgt.navigate('System', 'Feature Visibility'); });
 */
import { test as base, type APIRequestContext } from '@playwright/test';
import { ConsolePage } from './console';

/**
 * The `served` project's device is one for every test (it lives on the server): each test starts
 * from `telemetry-on`, opened over the REST API as a client would (log in, scenario call, log out).
 */
async function resetServedDevice(request: APIRequestContext): Promise<void> {
  const login = await request.post('/logincheck', { form: { username: 'admin', secretkey: '', ajax: '1' } });
  const cookies = login.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie');
  const csrf = cookies.map((c) => /^ccsrftoken="([^"]*)"/.exec(c.value)?.[1]).find(Boolean) ?? '';
  const reset = await request.post('/api/v2/fgsim/scenario', {
    data: { name: 'telemetry-on' },
    headers: { 'X-CSRFTOKEN': csrf },
  });
  if (!reset.ok())
    throw new Error(`could not reset the served device: ${reset.status()} ${await reset.text()}`);
  await request.post('/logout');
}

export const test = base.extend<{
  consolePage: ConsolePage;
  loggedInPage: ConsolePage;
  servedDevice: undefined;
}>({
  servedDevice: [
    async ({ request }, use, testInfo) => {
      if (testInfo.project.metadata['served'] === true) await resetServedDevice(request);
      await use(undefined);
    },
    { auto: true },
  ],
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
