/**
 * Steps 3 and 4 of the procedure and the FortiClient Monitor (issue 5), by visible labels only:
 * VPN › SSL-VPN Settings (Allow Endpoint Registration is `fortiheartbeat` on `ssl.root`), Security
 * Profiles › FortiClient Compliance (System Compliance off in `default`) and Monitor › FortiClient
 * Monitor (deregister, quarantine). The device is the default `telemetry-on` scenario in every test.
 */
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { deviceRequest } from './support/device-api';
import { expect, test, type ConsolePage } from './support/fixtures';

/** A write through the REST API from inside the page, with the session's CSRF token, as a script would. */
async function rest(
  page: Page,
  method: 'PUT' | 'POST',
  path: string,
  body: unknown,
): Promise<{ status: number; body: { error?: number; status: string } }> {
  return deviceRequest(page, method, `/api/v2/${path}`, body);
}

/** Endpoint Control on (procedure step 1), done over REST so each journey starts at its own step. */
async function showEndpointControl(fgt: ConsolePage): Promise<void> {
  const answer = await rest(fgt.page, 'PUT', 'cmdb/system/settings', { 'gui-endpoint-control': 'enable' });
  expect(answer.status).toBe(200);
  await fgt.page.reload();
  await fgt.expectDashboard();
}

async function sslRootHeartbeat(fgt: ConsolePage): Promise<unknown> {
  const { body } = await fgt.api<{ results: Array<{ fortiheartbeat: string }> }>(
    'cmdb/system/interface/ssl.root',
  );
  return body.results[0]?.fortiheartbeat;
}

async function sslSettings(fgt: ConsolePage): Promise<Record<string, unknown>> {
  return (await fgt.api<{ results: Record<string, unknown> }>('cmdb/vpn.ssl/settings')).body.results;
}

/** A count of the FortiClient Monitor's registration summary (`Total`, `Quarantined` …). */
const summaryCount = (page: Page, label: string) =>
  page.getByRole('region', { name: 'Registration summary' }).locator(`dt:text-is("${label}") + dd`);

test.beforeEach(async ({ loggedInPage: fgt }) => {
  await showEndpointControl(fgt);
});

test('SSL-VPN Settings: Allow Endpoint Registration off + Apply turns FortiTelemetry off on ssl.root', async ({
  loggedInPage: fgt,
  page,
}) => {
  await fgt.navigate('VPN', 'SSL-VPN Settings');
  await expect(fgt.title()).toHaveText('SSL-VPN Settings');
  const registration = page.getByRole('switch', { name: 'Allow Endpoint Registration' });
  await expect(registration).toHaveAttribute('aria-checked', 'true');
  await expectNoSeriousA11yViolations(page);

  // Keyboard: focus the switch, Space flips it; nothing reaches the device before Apply.
  await registration.focus();
  await page.keyboard.press('Space');
  await expect(registration).toHaveAttribute('aria-checked', 'false');
  expect(await sslRootHeartbeat(fgt)).toBe('enable');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(fgt.toast('Configuration updated successfully')).toBeVisible();
  await expect.poll(() => sslRootHeartbeat(fgt)).toBe('disable');

  await page.reload();
  await expect(page.getByRole('switch', { name: 'Allow Endpoint Registration' })).toHaveAttribute(
    'aria-checked',
    'false',
  );

  await fgt.navigate('Network', 'Interfaces');
  const interfaces = page.getByRole('treegrid', { name: 'Interfaces' });
  await expect(interfaces.getByRole('row', { name: /\binternal\b/ })).toContainText('FortiTelemetry');
  const sslRoot = interfaces.getByRole('row', { name: /ssl\.root/ });
  await expect(sslRoot).toBeVisible();
  await expect(sslRoot).not.toContainText('FortiTelemetry');
});

test('SSL-VPN Settings: bad ports and an unknown portal get the device error and change nothing', async ({
  loggedInPage: fgt,
  page,
}) => {
  await fgt.navigate('VPN', 'SSL-VPN Settings');
  const port = page.getByLabel('Listen on Port');
  await expect(port).toHaveValue('10443');
  const before = await sslSettings(fgt);

  for (const [typed, message] of [
    ['0', 'port out of range (1-65535): 0 (error -651)'],
    ['70000', 'port out of range (1-65535): 70000 (error -651)'],
    ['443', 'SSL-VPN port 443 conflicts with the administrative HTTPS port (error -651)'],
  ] as const) {
    await port.fill(typed);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(port).toHaveAttribute('aria-invalid', 'true');
    expect(await sslSettings(fgt)).toEqual(before);
  }

  const refused = await rest(page, 'PUT', 'cmdb/vpn.ssl/settings', { 'default-portal': 'no-such-portal' });
  expect(refused.status).toBe(500);
  expect(refused.body.error).toBe(-3);
  expect(await sslSettings(fgt)).toEqual(before);
  await page.reload();
  await expect(page.getByRole('row', { name: /All Other Users\/Groups/ })).toContainText('web-access');
});

test('FortiClient Compliance: System Compliance off in default, OK, and it stays off', async ({
  loggedInPage: fgt,
  page,
}) => {
  await fgt.navigate('Security Profiles', 'FortiClient Compliance');
  await expect(fgt.title()).toHaveText('FortiClient Compliance Profiles');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'default', exact: true }).click();
  await expect(fgt.title()).toHaveText('Edit FortiClient Compliance Profile');
  const systemCompliance = page.getByRole('switch', { name: 'System Compliance' });
  await expect(systemCompliance).toHaveAttribute('aria-checked', 'true');
  await expectNoSeriousA11yViolations(page);
  await systemCompliance.click();
  await expect(systemCompliance).toHaveAttribute('aria-checked', 'false');
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(fgt.title()).toHaveText('FortiClient Compliance Profiles');

  const { body } = await fgt.api<{ results: Array<Record<string, Record<string, string>>> }>(
    'cmdb/endpoint-control/profile/default',
  );
  expect(body.results[0]?.['forticlient-winmac-settings']?.['forticlient-system-compliance']).toBe('disable');

  await page.getByRole('link', { name: 'default', exact: true }).click();
  await expect(page.getByRole('switch', { name: 'System Compliance' })).toHaveAttribute(
    'aria-checked',
    'false',
  );
});

test('FortiClient Compliance: default cannot be deleted while an interface enforces compliance', async ({
  loggedInPage: fgt,
  page,
}) => {
  await fgt.navigate('Security Profiles', 'FortiClient Compliance');
  await page.getByRole('checkbox', { name: 'Select default' }).check();
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirm' });
  await expect(dialog).toContainText('Are you sure you want to delete default?');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('alert')).toContainText('(error -23)');
  await expect(page.getByRole('link', { name: 'default', exact: true })).toBeVisible();
});

test('FortiClient Monitor: six endpoints; Deregister removes one everywhere; Quarantine moves one', async ({
  loggedInPage: fgt,
  page,
}) => {
  await fgt.navigate('Monitor', 'FortiClient Monitor');
  await expect(fgt.title()).toHaveText('FortiClient Monitor');
  const grid = page.getByRole('treegrid', { name: 'Registered FortiClient endpoints' });
  const count = (label: string) => summaryCount(page, label);
  for (const host of [
    'WIN10-ACCT01',
    'WIN7-RECEPTION',
    'MBP-DESIGN02',
    'WIN10-LAB03',
    'LAPTOP-SALES01',
    'LAPTOP-SALES02',
  ])
    await expect(grid.getByRole('row', { name: new RegExp(host) })).toBeVisible();
  await expect(count('Total')).toHaveText('6');
  await expect(grid.getByRole('row', { name: /internal \(4\)/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await grid.getByRole('row', { name: /WIN10-ACCT01/ }).click();
  await page.getByRole('button', { name: 'Deregister' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deregister' });
  await expect(dialog).toContainText('This operation will deregister WIN10-ACCT01!');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(grid.getByRole('row', { name: /WIN10-ACCT01/ })).toHaveCount(0);
  await expect(count('Total')).toHaveText('5');
  await expect(grid.getByRole('row', { name: /internal \(3\)/ })).toBeVisible();
  const { body } = await fgt.api<{ results: Array<{ host_name: string }> }>(
    'monitor/endpoint-control/record-list',
  );
  expect(body.results.map((r) => r.host_name)).not.toContain('WIN10-ACCT01');
  expect(body.results).toHaveLength(5);

  // Keyboard: the row of WIN7-RECEPTION, Space selects it; Quarantine asks, Enter confirms.
  const reception = grid.getByRole('row', { name: /WIN7-RECEPTION/ });
  await reception.focus();
  await page.keyboard.press('Space');
  await expect(reception).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Quarantine', exact: true }).click();
  await expect(
    page.getByRole('dialog', { name: 'Quarantine' }).getByRole('button', { name: 'OK' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('row', { name: /Quarantined \(1\)/ })).toHaveCount(2);
  await expect(grid.getByRole('row', { name: /Non-compliant/ })).toHaveCount(0);
  await expect(count('Quarantined')).toHaveText('2');
});

test('FortiClient Monitor: the empty state once every endpoint is deregistered', async ({
  loggedInPage: fgt,
  page,
}) => {
  await fgt.navigate('Monitor', 'FortiClient Monitor');
  const grid = page.getByRole('treegrid', { name: 'Registered FortiClient endpoints' });
  await expect(grid.getByRole('row', { name: /WIN10-ACCT01/ })).toBeVisible();
  const { body } = await fgt.api<{ results: Array<{ uid: string }> }>('monitor/endpoint-control/record-list');
  const answer = await rest(page, 'POST', 'monitor/endpoint-control/registration/deregister', {
    uid: body.results.map((r) => r.uid),
  });
  expect(answer.status).toBe(200);
  await expect(grid.getByText('No FortiClient endpoints registered')).toBeVisible();
  await expect(summaryCount(page, 'Total')).toHaveText('0');
});
