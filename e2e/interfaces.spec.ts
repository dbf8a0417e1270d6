/**
 * Step 2 of the procedure (issue 4), by visible labels only: find every interface whose Access column
 * shows FortiTelemetry — the IPsec tunnels too, nested under their port — and untick it; then the
 * REST API and Security Fabric › Settings tell the same story. Also: user-typed HTML stays text, the
 * device's own error for bad input, keyboard use, and accessibility.
 */
import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { deviceRequest } from './support/device-api';
import { expect, test, type ConsolePage } from './support/fixtures';

interface InterfaceRow {
  name: string;
  alias: string;
  ip: string;
  description: string;
  fortiheartbeat: string;
}

/** A write through the REST door from inside the page, with the session's CSRF token. */
async function put(page: Page, path: string, body: unknown): Promise<number> {
  return (await deviceRequest(page, 'PUT', `/api/v2/${path}`, body)).status;
}

async function interfaces(fgt: ConsolePage): Promise<InterfaceRow[]> {
  const { body } = await fgt.api<{ results: InterfaceRow[] }>('cmdb/system/interface');
  return body.results;
}

const grid = (page: Page): Locator => page.getByRole('treegrid', { name: 'Interfaces' });
const row = (page: Page, name: string): Locator =>
  grid(page).getByRole('row', { name: new RegExp(`(^|\\s)${name.replace('.', '\\.')}(\\s|$)`) });
const telemetryRows = (page: Page): Locator =>
  grid(page).getByRole('row').filter({ hasText: 'FortiTelemetry' });

async function openInterfaces(fgt: ConsolePage): Promise<void> {
  await fgt.navigate('Network', 'Interfaces');
  await expect(fgt.title()).toHaveText('Interfaces');
  await expect(row(fgt.page, 'wan1')).toBeVisible();
}

/** Opens every port that has tunnels or VLANs under it. */
async function expandAll(page: Page): Promise<void> {
  for (;;) {
    const expand = grid(page).getByRole('button', { name: /^Expand / });
    if ((await expand.count()) === 0) return;
    await expand.first().click();
  }
}

test('step 2: untick FortiTelemetry on every interface that shows it; the API and the fabric agree', async ({
  loggedInPage: fgt,
  page,
}) => {
  await openInterfaces(fgt);
  await expect(row(page, 'wan1')).toHaveAttribute('aria-expanded', 'false');
  await grid(page).getByRole('button', { name: 'Expand wan1' }).click();
  for (const tunnel of ['HQ-to-Branch', 'FCT-Dialup']) {
    await expect(row(page, tunnel)).toBeVisible();
    await expect(row(page, tunnel)).toContainText('Tunnel Interface');
    await expect(row(page, tunnel)).toContainText('FortiTelemetry');
  }
  await expandAll(page);

  const edited: string[] = [];
  for (;;) {
    const names = await telemetryRows(page).evaluateAll((rows) =>
      rows.map((r) =>
        (r.querySelectorAll('[role="gridcell"]')[1]?.textContent ?? '').replace(/[▸▾]/g, '').trim(),
      ),
    );
    const next = names
      .map((n) => n.split(' (')[0] ?? '')
      .find((n) => n !== '' && n !== 'ssl.root' && !edited.includes(n));
    if (!next) break;
    await row(page, next).dblclick();
    await expect(fgt.title()).toHaveText('Edit Interface');
    await expect(page.getByLabel('Interface Name')).toHaveValue(next);
    await page.getByLabel('FortiTelemetry', { exact: true }).uncheck();
    await expect(page.getByLabel('Enforce FortiClient compliance')).toHaveCount(0);
    await page.getByRole('button', { name: 'OK' }).click();
    await expect(fgt.title()).toHaveText('Interfaces');
    await expect(row(page, next)).not.toContainText('FortiTelemetry');
    edited.push(next);
  }
  expect(edited.sort()).toEqual(['DC-Backup', 'FCT-Dialup', 'HQ-to-Branch', 'dmz', 'internal']);

  await expect(telemetryRows(page)).toHaveCount(1);
  await expect(telemetryRows(page)).toContainText('ssl.root');

  const rows = await interfaces(fgt);
  for (const name of edited) expect(rows.find((r) => r.name === name)?.fortiheartbeat).toBe('disable');
  expect(rows.filter((r) => r.fortiheartbeat === 'enable').map((r) => r.name)).toEqual(['ssl.root']);

  await fgt.navigate('Security Fabric', 'Settings');
  const chosen = page.getByRole('list', { name: 'FortiTelemetry enabled interfaces: selected' });
  await expect(chosen.getByRole('listitem')).toHaveCount(1);
  await expect(chosen.getByRole('listitem')).toContainText('ssl.root (SSL VPN interface)');
  await expect(
    chosen.getByRole('button', { name: 'Remove ssl.root from FortiTelemetry enabled interfaces' }),
  ).toBeVisible();
});

test('HTML and script in an alias, a comment and the group name are shown as text and run nothing', async ({
  loggedInPage: fgt,
  page,
}) => {
  const alias = '<img src=x onerror=xss()>';
  const description = '<script>xss()</script><img src=x onerror=xss()>';
  const groupName = '<b>fabric</b><script>xss()</script>';
  await page.evaluate(() => {
    (window as unknown as { xss: () => void }).xss = () => {
      (window as unknown as { xssRan: boolean }).xssRan = true;
    };
  });
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  expect(await put(page, 'cmdb/system/interface/dmz', { alias, description })).toBe(200);
  expect(await put(page, 'cmdb/system/csf', { 'group-name': groupName })).toBe(200);

  await openInterfaces(fgt);
  await expect(row(page, 'dmz')).toContainText(`dmz (${alias})`);
  await row(page, 'dmz').dblclick();
  await expect(page.getByLabel('Alias')).toHaveValue(alias);
  await expect(page.getByLabel('Comments')).toHaveValue(description);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await fgt.navigate('Security Fabric', 'Settings');
  await expect(
    page.getByRole('list', { name: 'FortiTelemetry enabled interfaces: selected' }).getByRole('listitem'),
  ).toContainText([`dmz (${alias})`]);
  await expect(page.getByLabel('Group name')).toHaveValue(groupName);

  await expect(page.locator('main img, main script, main b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { xssRan?: boolean }).xssRan)).toBeUndefined();
});

test("a bad address in the edit page shows the device's error beside it and changes nothing", async ({
  loggedInPage: fgt,
  page,
}) => {
  const before = await interfaces(fgt);
  await openInterfaces(fgt);
  await row(page, 'dmz').dblclick();
  const ip = page.getByLabel('IP/Network Mask');
  await ip.fill('300.1.1.1/24');
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'invalid IP address' })).toContainText('-651');
  await expect(ip).toHaveAttribute('aria-invalid', 'true');
  await expect(fgt.title()).toHaveText('Edit Interface');
  expect(await interfaces(fgt)).toEqual(before);
});

test('rows expand, open and save by keyboard', async ({ loggedInPage: fgt, page }) => {
  await openInterfaces(fgt);
  await row(page, 'wan2').click();
  await page.keyboard.press('ArrowRight');
  await expect(row(page, 'wan2')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(row(page, 'DC-Backup')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(fgt.title()).toHaveText('Edit Interface');
  const telemetry = page.getByLabel('FortiTelemetry', { exact: true });
  await telemetry.focus();
  await page.keyboard.press('Space');
  await expect(telemetry).not.toBeChecked();
  await page.getByRole('button', { name: 'OK' }).focus();
  await page.keyboard.press('Enter');
  await expect(fgt.title()).toHaveText('Interfaces');
  await expect(row(page, 'DC-Backup')).toHaveAttribute('aria-selected', 'true');
  await expect(row(page, 'DC-Backup')).not.toContainText('FortiTelemetry');
  const rows = await interfaces(fgt);
  expect(rows.find((r) => r.name === 'DC-Backup')?.fortiheartbeat).toBe('disable');
});

test('accessibility: no serious or critical violations on the list, the edit page and the fabric settings', async ({
  loggedInPage: fgt,
  page,
}) => {
  await openInterfaces(fgt);
  await grid(page).getByRole('button', { name: 'Expand wan1' }).click();
  await row(page, 'HQ-to-Branch').click();
  await expectNoSeriousA11yViolations(page);
  await row(page, 'internal').dblclick();
  await expect(fgt.title()).toHaveText('Edit Interface');
  await expect(page.getByLabel('Enforce FortiClient compliance')).toBeChecked();
  await expectNoSeriousA11yViolations(page);
  await fgt.navigate('Security Fabric', 'Settings');
  await expect(page.getByRole('switch', { name: 'FortiGate Telemetry' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
