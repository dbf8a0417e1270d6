/**
 * Served mode (issue 16): the console served by `npm run serve` uses the server's device — no service
 * worker — and a change made in one browser shows in another, already open, without a reload (the
 * server's revision events). Runs in the `served` project only (playwright.config.ts).
 */
import { ConsolePage, expect, test } from './support/fixtures';

test('a change in one browser shows in another without a reload', async ({ browser }) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  try {
    const one = new ConsolePage(await a.newPage());
    const two = new ConsolePage(await b.newPage());
    for (const fgt of [one, two]) {
      await fgt.open('/');
      await fgt.login();
      await fgt.expectDashboard();
      // The page started no device of its own: no service worker controls it.
      expect(await fgt.page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    }
    await expect(two.header).toContainText('FGT60E');

    // One browser renames the device through the REST API, as its own GUI would.
    const status = await one.page.evaluate(async () => {
      const csrf = /(?:^|;\s*)ccsrftoken="?([^";]*)"?/.exec(document.cookie)?.[1] ?? '';
      const r = await fetch('/api/v2/cmdb/system/global', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'X-CSRFTOKEN': csrf },
        body: JSON.stringify({ hostname: 'Classroom-FGT' }),
      });
      return r.status;
    });
    expect(status).toBe(200);
    await expect(two.header).toContainText('Classroom-FGT', { timeout: 1_000 });
    await expect(one.header).toContainText('Classroom-FGT', { timeout: 1_000 });
  } finally {
    await a.close();
    await b.close();
  }
});
