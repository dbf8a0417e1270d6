/**
 * The example in README.md "Testing against fgsim": a test another project could copy, using only
 * the package's `fgsim/testing` entry (package.json `exports`) and its own `@playwright/test`.
 */
import { expect, test as base } from '@playwright/test';
import { fgsimTest } from 'fgsim/testing';

const test = fgsimTest(base);

test('the contract: log in, a screen by the menu, the device over REST, a reset between steps', async ({
  fgsimLoggedIn: fgsim,
  page,
}) => {
  await fgsim.navigate('Network', 'Interfaces');
  await expect(fgsim.title()).toHaveText('Interfaces');
  const { status, body } = await fgsim.api<{ results: { fortiheartbeat: string }[] }>(
    'cmdb/system/interface/internal',
  );
  expect(status).toBe(200);
  expect(body.results[0]?.fortiheartbeat).toBe('enable');

  await fgsim.reset('telemetry-off');
  const after = await fgsim.api<{ results: { fortiheartbeat: string }[] }>('cmdb/system/interface/internal');
  expect(after.body.results[0]?.fortiheartbeat).toBe('disable');

  // A fresh device of another scenario on the same page, by address.
  await fgsim.open('/network/interfaces', { scenario: 'factory-default' });
  await expect(page.getByRole('treegrid', { name: 'Interfaces' })).toBeVisible();
  expect((await fgsim.api('cmdb/system/interface/FCT-Dialup')).status).toBe(404);
});

test('a fresh context is a fresh device: nothing the last test did is left', async ({ fgsim, page }) => {
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await fgsim.login();
  expect(
    (await fgsim.api<{ results: { fortiheartbeat: string }[] }>('cmdb/system/interface/internal')).body
      .results[0]?.fortiheartbeat,
  ).toBe('enable');
  await expect(fgsim.title()).toHaveText('Status');
});
