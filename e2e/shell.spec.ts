/**
 * The console shell as a new user meets it (issue 3), by visible labels only: log in, the menu that
 * follows System › Feature Visibility, deep links, keyboard use and accessibility.
 */
import { expectNoSeriousA11yViolations } from './support/a11y';
import { expect, test } from './support/fixtures';

test('login: a refusal, then admin with the empty password lands on the Dashboard', async ({
  consolePage: fgt,
  page,
}) => {
  await fgt.open('/');
  await expect(page).toHaveURL(/\/login$/);
  await fgt.login('admin', 'wrong');
  await expect(page.getByRole('alert')).toHaveText('Authentication failure');
  await fgt.login('admin', '');
  await fgt.expectDashboard();
  const info = page.getByRole('region', { name: 'System Information' });
  await expect(info.getByRole('row', { name: /Hostname/ })).toContainText('FGT60E');
  await expect(info.getByRole('row', { name: /Serial Number/ })).toContainText('FGT60E4Q17000000');
  await expect(info.getByRole('row', { name: /Firmware/ })).toContainText('v6.0.4 build0231 (GA)');
  await expect(info.getByRole('row', { name: /Mode/ })).toContainText('NAT');
  await expect(fgt.header).toContainText('FortiGate 60E');
  await expect(fgt.header.getByRole('button', { name: 'CLI Console' })).toBeVisible();

  await page.reload();
  await fgt.expectDashboard();

  await page.getByRole('button', { name: 'admin' }).click();
  await expect(page.getByRole('button', { name: 'Backup' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Revisions' })).toBeEnabled();
  await page.getByRole('button', { name: 'Logout' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/dashboard/status');
  await expect(page).toHaveURL(/\/login$/);
});

test('a deep link asked for before login opens after login, and survives a reload', async ({
  consolePage: fgt,
  page,
}) => {
  await fgt.open('/system/feature-visibility');
  await expect(page).toHaveURL(/\/login$/);
  await fgt.login();
  await expect(page).toHaveURL(/\/system\/feature-visibility$/);
  await expect(fgt.title()).toHaveText('Feature Visibility');
  await page.reload();
  await expect(fgt.title()).toHaveText('Feature Visibility');
});

test('Endpoint Control on and off through Feature Visibility drives the menu and the deep link', async ({
  loggedInPage: fgt,
  page,
}) => {
  await fgt.section('Security Profiles').click();
  await expect(fgt.menu.getByRole('link', { name: 'AntiVirus' })).toBeVisible();
  await expect(fgt.menuLink('FortiClient Compliance')).toHaveCount(0);

  await fgt.navigate('System', 'Feature Visibility');
  const endpointControl = page.getByRole('switch', { name: 'Endpoint Control' });
  await expect(endpointControl).toHaveAttribute('aria-checked', 'false');
  await endpointControl.click();
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(fgt.toast('Configuration updated successfully')).toBeVisible();

  await fgt.openSection('Security Profiles');
  await expect(fgt.menuLink('FortiClient Compliance')).toBeVisible();
  await fgt.openSection('Monitor');
  await expect(fgt.menuLink('FortiClient Monitor')).toBeVisible();
  expect(await fgt.cmdbValue('system/settings', 'gui-endpoint-control')).toBe('enable');

  await page.reload();
  await expect(page.getByRole('switch', { name: 'Endpoint Control' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(fgt.menuLink('FortiClient Compliance')).toBeVisible();

  await page.getByRole('switch', { name: 'Endpoint Control' }).click();
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(fgt.menuLink('FortiClient Compliance')).toHaveCount(0);
  await expect(fgt.menuLink('FortiClient Monitor')).toHaveCount(0);
  expect(await fgt.cmdbValue('system/settings', 'gui-endpoint-control')).toBe('disable');

  await page.goto('/security-profiles/forticlient-compliance');
  await expect(page.getByText('This feature is not visible.')).toBeVisible();
  await page.getByRole('link', { name: 'System › Feature Visibility' }).click();
  await expect(fgt.title()).toHaveText('Feature Visibility');
});

test('switching without Apply and leaving the page changes nothing on the device', async ({
  loggedInPage: fgt,
  page,
}) => {
  await fgt.navigate('System', 'Feature Visibility');
  await page.getByRole('switch', { name: 'Endpoint Control' }).click();
  await page.getByRole('switch', { name: 'VPN', exact: true }).click();
  await fgt.navigate('Dashboard', 'Status');
  await fgt.expectDashboard();
  expect(await fgt.cmdbValue('system/settings', 'gui-endpoint-control')).toBe('disable');
  expect(await fgt.cmdbValue('system/settings', 'gui-vpn')).toBe('enable');
  await expect(fgt.section('VPN')).toBeVisible();

  await fgt.navigate('System', 'Feature Visibility');
  await expect(page.getByRole('switch', { name: 'Endpoint Control' })).toHaveAttribute(
    'aria-checked',
    'false',
  );
});

test('keyboard only: Tab to Endpoint Control, Space switches it, Enter on Apply', async ({
  loggedInPage: fgt,
  page,
}) => {
  await page.goto('/system/feature-visibility');
  const endpointControl = page.getByRole('switch', { name: 'Endpoint Control' });
  await expect(endpointControl).toBeVisible();
  await page.locator('body').focus();
  await fgt.tabTo(endpointControl);
  await page.keyboard.press('Space');
  await expect(endpointControl).toHaveAttribute('aria-checked', 'true');

  const apply = page.getByRole('button', { name: 'Apply' });
  await fgt.tabTo(apply, 100);
  await page.keyboard.press('Enter');
  await expect(fgt.toast('Configuration updated successfully')).toBeVisible();
  expect(await fgt.cmdbValue('system/settings', 'gui-endpoint-control')).toBe('enable');
  await fgt.navigate('Security Profiles', 'FortiClient Compliance');
  await expect(page).toHaveURL(/\/security-profiles\/forticlient-compliance$/);
});

test('the menu: 6.0 order, placeholders are not links, collapsed state is remembered', async ({
  loggedInPage: fgt,
  page,
}) => {
  const sections = fgt.menu.getByRole('button');
  await expect(sections).toHaveText(
    [
      'Dashboard',
      'Security Fabric',
      'FortiView',
      'Network',
      'System',
      'Policy & Objects',
      'Security Profiles',
      'VPN',
      'User & Device',
      'WiFi & Switch Controller',
      'Log & Report',
      'Monitor',
    ].map((label) => new RegExp(label.replace(/[&]/g, '\\$&'))),
  );

  await fgt.section('System').click();
  const placeholder = fgt.menu.getByRole('link', { name: 'Administrators' });
  await expect(placeholder).toHaveAttribute('aria-disabled', 'true');
  await expect(placeholder).not.toHaveAttribute('href');
  await expect(fgt.menuLink('Certificates')).toHaveCount(0);

  await page.getByRole('button', { name: 'Collapse menu' }).click();
  await expect(page.getByRole('button', { name: 'Expand menu' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Expand menu' })).toBeVisible();
  await page.getByRole('button', { name: 'Expand menu' }).click();
  await expect(page.getByRole('button', { name: 'Collapse menu' })).toBeVisible();
});

test('accessibility: no serious or critical axe violations on login, Dashboard and Feature Visibility', async ({
  consolePage: fgt,
  page,
}) => {
  await fgt.open('/');
  await expect(page.getByRole('button', { name: 'Login' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await fgt.login();
  await fgt.expectDashboard();
  await expect(page.getByRole('row', { name: /Hostname/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await fgt.navigate('System', 'Feature Visibility');
  await expect(page.getByRole('switch', { name: 'Endpoint Control' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
