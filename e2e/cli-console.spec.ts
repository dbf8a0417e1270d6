/**
 * The CLI Console (issue 6), by visible labels only: step 5 of the procedure typed into the console
 * opened with `>_` (`n` keeps the endpoints, `y` empties the FortiClient Monitor without a reload), the
 * console by keyboard, and Configuration › Backup → `execute factoryreset` → Restore giving back the
 * same configuration. The device is the default `telemetry-on` scenario in every test.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { deviceRequest } from './support/device-api';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { expect, test, type ConsolePage } from './support/fixtures';

/** Endpoint Control on (procedure step 1) over REST, so the FortiClient Monitor is in the menu. */
async function showEndpointControl(fgt: ConsolePage): Promise<void> {
  const { status } = await deviceRequest(fgt.page, 'PUT', '/api/v2/cmdb/system/settings', {
    'gui-endpoint-control': 'enable',
  });
  expect(status).toBe(200);
  await fgt.page.reload();
  await fgt.expectDashboard();
}

/** The configuration file as the backup call answers it now. */
async function currentBackup(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const r = await fetch('/api/v2/monitor/system/config/backup?scope=global', {
      credentials: 'same-origin',
    });
    return r.text();
  });
}

/** The CLI Console panel and its parts, by their accessible names. */
function cliConsole(fgt: ConsolePage) {
  const panel = fgt.page.getByRole('region', { name: 'CLI Console' });
  return {
    button: fgt.header.getByRole('button', { name: 'CLI Console', exact: true }),
    panel,
    input: panel.getByRole('textbox', { name: 'CLI Console input' }),
    output: panel.getByRole('log', { name: 'CLI Console output' }),
    /**
     * The device's y/n question as the console's prompt. Not the scrollback's text: after one answered
     * question the scrollback holds `Do you want to continue? (y/n)n` while the next line is still on its
     * way, and a `y` pressed then is typed into the input instead of answering (a slow first test did so).
     */
    question: panel.getByText('Do you want to continue? (y/n)', { exact: true }),
    /** Types a line and Enter, once the console shows `prompt`. */
    async run(line: string, prompt = 'FGT60E # '): Promise<void> {
      await expect(panel.getByText(prompt, { exact: true })).toBeVisible();
      await this.input.fill(line);
      await this.input.press('Enter');
    },
  };
}

const summaryCount = (page: Page, label: string) =>
  page.getByRole('region', { name: 'Registration summary' }).locator(`dt:text-is("${label}") + dd`);

test('step 5 in the console: n keeps the endpoints, y empties the FortiClient Monitor without a reload', async ({
  loggedInPage: fgt,
  page,
}) => {
  await showEndpointControl(fgt);
  await fgt.navigate('Monitor', 'FortiClient Monitor');
  await expect(summaryCount(page, 'Total')).toHaveText('6');
  await expect(page.getByText('WIN10-ACCT01')).toBeVisible();

  const cli = cliConsole(fgt);
  await cli.button.click();
  await expect(cli.input).toBeFocused();
  await cli.run('diag endpoint registration deregister all');
  await expect(cli.output).toContainText('This operation will deregister all FortiClients!');
  await expect(cli.question).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await cli.input.press('n');
  await expect(cli.output).toContainText('Command aborted.');
  await expect(summaryCount(page, 'Total')).toHaveText('6');
  await expect(page.getByText('WIN10-ACCT01')).toBeVisible();

  // The console stays open while navigating, and keeps its scrollback.
  await fgt.navigate('Dashboard', 'Status');
  await expect(cli.output).toContainText('Command aborted.');
  await fgt.navigate('Monitor', 'FortiClient Monitor');
  await expect(summaryCount(page, 'Total')).toHaveText('6');

  await cli.run('diag endpoint registration deregister all');
  await expect(cli.question).toBeVisible();
  await cli.input.press('y');
  await expect(summaryCount(page, 'Total')).toHaveText('0');
  await expect(page.getByText('WIN10-ACCT01')).toHaveCount(0);
  await cli.run('diagnose endpoint registration list');
  await expect(cli.output).toContainText('Total: 0');
});

test('the console by keyboard: >_ opens it with focus in the input, Escape or Close gives focus back', async ({
  loggedInPage: fgt,
  page,
}) => {
  const cli = cliConsole(fgt);
  await cli.button.focus();
  await page.keyboard.press('Enter');
  await expect(cli.input).toBeFocused();
  await expect(cli.button).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.type('conf');
  await page.keyboard.press('Tab');
  await expect(cli.input).toHaveValue('config ');
  await page.keyboard.type('system ');
  await page.keyboard.press('?');
  await expect(cli.output).toContainText('interface   Configure interfaces.');
  await expect(cli.input).toHaveValue('config system ');
  await page.keyboard.press('Control+c');
  await expect(cli.input).toHaveValue('');

  const edge = page.getByRole('separator', { name: 'Resize CLI Console' });
  const before = Number(await edge.getAttribute('aria-valuenow'));
  await edge.focus();
  await page.keyboard.press('ArrowUp');
  await expect(edge).toHaveAttribute('aria-valuenow', String(before + 20));

  await cli.input.focus();
  await page.keyboard.press('Escape');
  await expect(cli.panel).toHaveCount(0);
  await expect(cli.button).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(cli.input).toBeFocused();
  await page.getByRole('button', { name: 'Close CLI Console' }).click();
  await expect(cli.panel).toHaveCount(0);
  await expect(cli.button).toBeFocused();
});

test('Backup, execute factoryreset, Restore of that file gives back the same configuration', async ({
  loggedInPage: fgt,
  page,
}) => {
  const admin = fgt.header.getByRole('button', { name: 'admin' });
  await admin.click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^FGT60E_\d{8}_\d{4}\.conf$/);
  const file = await download.path();
  const backup = await readFile(file, 'utf8');
  expect(backup).toMatch(/^#config-version=FGT60E-6\.0\.4-FW-build0231-/);
  expect(backup).toBe(await currentBackup(page));

  const cli = cliConsole(fgt);
  await cli.button.click();
  await cli.run('execute factoryreset');
  await expect(cli.output).toContainText('This operation will reset the system to factory default!');
  await expect(cli.question).toBeVisible();
  await cli.input.press('y');
  // The factory reset rebooted the unit, which forgets every admin session: back at the login page.
  const login = page.getByRole('button', { name: 'Login' });
  await expect(login).toBeVisible();
  await fgt.login();
  await fgt.expectDashboard();
  expect(await currentBackup(page)).not.toBe(backup);

  await admin.click();
  await page.getByRole('button', { name: 'Restore' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore System Configuration' });
  await expect(dialog.getByLabel('Configuration file')).toBeFocused();
  // 6.0's warning for a restore (the 6.0 CLI reference, `execute restore config`).
  await expect(dialog).toContainText(
    'This operation will overwrite the current setting and could possibly reboot the system!',
  );
  await expectNoSeriousA11yViolations(page);
  await dialog.getByLabel('Configuration file').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'text/plain',
    buffer: Buffer.from(backup, 'utf8'),
  });
  await dialog.getByRole('button', { name: 'OK' }).click();
  // The restore rebooted the unit too: log in again, and the configuration is the backup's.
  await expect(login).toBeVisible();
  await fgt.login();
  await fgt.expectDashboard();
  expect(await currentBackup(page)).toBe(backup);

  // The console stays open across the login, started afresh, and sees the restored configuration too.
  await expect(cli.output).toHaveText('');
  await cli.run('show system interface FCT-Dialup');
  await expect(cli.output).toContainText('edit "FCT-Dialup"');
});
