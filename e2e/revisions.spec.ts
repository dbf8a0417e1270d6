/**
 * Issue 19's Revisions journey: from the header's admin menu open Configuration › Revisions, save a
 * revision with a comment, change FortiTelemetry on an interface, see the change in Diff (as the CLI
 * that makes it), Revert (a question, then the device restores and reboots, which ends the session:
 * log in again) and read the interface back over REST. By role and label only; keyboard reachable; axe finds nothing serious.
 */
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { deviceRequest, reloadDevicePage } from './support/device-api';
import { expect, test } from './support/fixtures';

const fortiheartbeat = async (page: Page, name: string): Promise<string> => {
  const { status, body } = await deviceRequest<{ results: Array<{ fortiheartbeat: string }> }>(
    page,
    'GET',
    `/api/v2/cmdb/system/interface/${name}`,
  );
  expect(status).toBe(200);
  return body.results[0]?.fortiheartbeat ?? '';
};

test('Revisions: save, change, Diff shows the change, Revert restores it', async ({ loggedInPage: fgt }) => {
  const { page } = fgt;
  await page.getByRole('button', { name: 'admin' }).click();
  await page.getByRole('button', { name: 'Revisions' }).click();
  await expect(fgt.title()).toHaveText('Revisions');
  await expect(page.getByText('No revisions saved')).toBeVisible();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const save = page.getByRole('dialog', { name: 'Save Configuration Revision' });
  await save.getByLabel('Comments').fill('before step 2');
  await save.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('row', { name: /before step 2/ })).toContainText('admin');

  // The change, made through the REST door as another tool would.
  const put = await deviceRequest(page, 'PUT', '/api/v2/cmdb/system/interface/internal', {
    fortiheartbeat: 'disable',
  });
  expect(put.status).toBe(200);

  await page.getByRole('checkbox', { name: 'Select revision 1' }).check();
  await page.getByRole('button', { name: 'Diff' }).click();
  const diff = page.getByRole('region', { name: 'Diff: from revision 1 to the running configuration' });
  await expect(diff.getByLabel('CLI diff')).toHaveText(
    [
      'config system interface',
      '    edit "internal"',
      '        set fortiheartbeat disable',
      '    next',
      'end',
    ].join('\n'),
  );
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Revert' }).click();
  const confirm = page.getByRole('dialog', { name: 'Revert' });
  await expect(confirm).toContainText('The current configuration is replaced and the FortiGate reboots.');
  await confirm.getByRole('button', { name: 'OK' }).click();
  // The Revert rebooted the unit, which ended the admin session: the GUI is back at its login page.
  await expect(page.getByRole('button', { name: 'Login' })).toBeVisible();
  await fgt.login();
  await expect(fgt.title()).toHaveText('Revisions'); // the login leads back to the page it interrupted
  expect(await fortiheartbeat(page, 'internal')).toBe('enable');

  // Kept across a reload, like any change: the revision, the reverted interface, and the change log.
  type Log = { results: Array<{ revision: string; door: string; admin: string; time: number }> };
  const logBefore = (await deviceRequest<Log>(page, 'GET', '/api/v2/fgsim/change-log')).body.results;
  expect(logBefore.slice(-3).map((r) => r.door)).toEqual(['GUI', 'GUI', 'GUI']); // save, PUT, revert
  await reloadDevicePage(page);
  expect(await fortiheartbeat(page, 'internal')).toBe('enable');
  const list = await deviceRequest<{ results: { revisions: Array<{ comment: string }> } }>(
    page,
    'GET',
    '/api/v2/monitor/system/config-revision',
  );
  expect(list.body.results.revisions.map((r) => r.comment)).toEqual(['before step 2']);
  const logAfter = (await deviceRequest<Log>(page, 'GET', '/api/v2/fgsim/change-log')).body.results;
  expect(logAfter).toEqual(logBefore);
  // After the reload the log still tells what the Revert did, from the revision the PUT made.
  const since = logBefore.at(-2)?.revision ?? '';
  const changes = await deviceRequest<string>(page, 'GET', `/api/v2/fgsim/changes?since=${since}`);
  expect(changes.status).toBe(200);
  expect(changes.body).toBe(
    [
      'config system interface',
      '    edit "internal"',
      '        set fortiheartbeat enable',
      '    next',
      'end',
      '',
    ].join('\n'),
  );
});

test('Revisions by keyboard: the admin menu, the page and its dialog', async ({ loggedInPage: fgt }) => {
  const { page } = fgt;
  await page.getByRole('button', { name: 'admin' }).focus();
  await page.keyboard.press('Enter');
  const entry = page.getByRole('button', { name: 'Revisions' });
  await fgt.tabTo(entry, 10);
  await page.keyboard.press('Enter');
  await expect(fgt.title()).toHaveText('Revisions');
  await fgt.tabTo(page.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Enter');
  const save = page.getByRole('dialog', { name: 'Save Configuration Revision' });
  await expect(save.getByLabel('Comments')).toBeFocused();
  await page.keyboard.type('by keyboard');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row', { name: /by keyboard/ })).toBeVisible();
});
