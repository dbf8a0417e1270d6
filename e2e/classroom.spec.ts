/**
 * A class (issue 17): `fgsim serve --seats 3` started by the test (a process of its own on free
 * ports, with a state dir), the trainer's page at `/fgsim/class` on seat 0. A change on seat 1 over
 * its REST door ticks seat 1's step 2 on the trainer's page within a second, and one over its SSH
 * door ticks step 3; the page's Reset returns seat 1 to `telemetry-on` (read back over seat 1's own
 * REST port); its download is the seat's configuration file. Runs in the `served` project (it needs
 * the production build in dist/, which that project's web server makes).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startServerProcess, type ServerProcess, adminHeaders, sshLines } from '../src/server/child';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ConsolePage } from './support/console';

interface Seat {
  url: string;
  ssh: number;
}

let server: ServerProcess;
let dir: string;
let seats: Seat[];

test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fgsim-class-e2e-'));
  server = await startServerProcess(['--seats', '3', '--ssh-port', '0', '--state', dir]);
  seats = [...server.log.matchAll(/fgsim: seat \d+[^\n]* at (http:\/\/\S+?)\/? ssh port (\d+)/g)].map(
    (m) => ({ url: m[1] as string, ssh: Number(m[2]) }),
  );
  expect(seats, server.log).toHaveLength(3);
});

test.afterAll(() => {
  server?.child.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

const seat = (k: number): Seat => seats[k] as Seat;

/** A REST session on seat k, as curl would open one. */
const rest = (k: number): Promise<Record<string, string>> => adminHeaders(seat(k).url);

async function heartbeat(k: number, name: string): Promise<unknown> {
  const r = await fetch(`${seat(k).url}/api/v2/cmdb/system/interface/${encodeURIComponent(name)}`, {
    headers: await rest(k),
  });
  return ((await r.json()) as { results: Array<{ fortiheartbeat: unknown }> }).results[0]?.fortiheartbeat;
}

/** Types `lines` at seat k's SSH prompt, each after the prompt; resolves at the last prompt. */
async function overSsh(k: number, lines: string[]): Promise<void> {
  (await sshLines(seat(k).ssh, lines)).client.end();
}

async function openClassPage(page: Page): Promise<void> {
  await page.goto(`${seat(0).url}/fgsim/class`);
  await expect(page.getByRole('heading', { name: 'Trainer login' })).toBeVisible();
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill('');
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.getByRole('table', { name: /^Seats/ })).toBeVisible();
}

const row = (page: Page, k: number) => page.getByRole('row', { name: new RegExp(`^Seat ${k}\\b`) });

test("the trainer sees seat 1's steps ticked within a second, resets it, downloads its file", async ({
  page,
}) => {
  await openClassPage(page);
  await expect(page.getByRole('row')).toHaveCount(4);
  await expect(row(page, 1).getByRole('cell', { name: 'Step 2 not done' })).toBeAttached();
  await expectNoSeriousA11yViolations(page);

  // Step 2 on seat 1 over its REST door: FortiTelemetry off on every interface but ssl.root.
  const auth = await rest(1);
  for (const name of ['internal', 'dmz', 'HQ-to-Branch', 'FCT-Dialup', 'DC-Backup']) {
    const r = await fetch(`${seat(1).url}/api/v2/cmdb/system/interface/${encodeURIComponent(name)}`, {
      method: 'PUT',
      headers: auth,
      body: JSON.stringify({ fortiheartbeat: 'disable' }),
    });
    expect(r.status).toBe(200);
  }
  await expect(row(page, 1).getByRole('cell', { name: 'Step 2 done' })).toBeAttached({ timeout: 1_000 });
  await expect(row(page, 1)).toContainText('1 of 5');
  await expect(row(page, 2).getByRole('cell', { name: 'Step 2 not done' })).toBeAttached();

  // Step 3 over seat 1's SSH door.
  await overSsh(1, ['config system interface', 'edit ssl.root', 'set fortiheartbeat disable', 'end']);
  await expect(row(page, 1).getByRole('cell', { name: 'Step 3 done' })).toBeAttached({ timeout: 1_000 });
  await expect(row(page, 1)).toContainText('2 of 5');

  // The console link opens the seat's own port in a new tab.
  const link = row(page, 1).getByRole('link', { name: 'Open the console of Seat 1 (new tab)' });
  await expect(link).toHaveAttribute('href', `${seat(1).url}/`);
  await expect(link).toHaveAttribute('target', '_blank');

  // Its configuration file: the seat's own backup text.
  const downloading = page.waitForEvent('download');
  await row(page, 1).getByRole('link', { name: 'Download the configuration of Seat 1' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^seat-1_FGT60E_\d{8}_\d{4}\.conf$/);
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text).toMatch(/^#config-version=FGT60E-6\.0\.4-FW-build0231/);
  // `show` leaves out what is at its default: FortiTelemetry off is no line in the block.
  const block = (name: string): string =>
    new RegExp(`\\n {4}edit "${name.replace('.', '\\.')}"\\n([\\s\\S]*?)\\n {4}next`).exec(text)?.[1] ??
    'missing';
  expect(block('ssl.root')).toContain('set type tunnel');
  expect(block('ssl.root')).not.toContain('fortiheartbeat');
  expect(block('dmz')).not.toContain('fortiheartbeat');

  // Reset, confirmed: seat 1 is back where the procedure starts, read over its own REST port.
  await row(page, 1).getByRole('button', { name: 'Reset Seat 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset Seat 1' });
  await expect(dialog.getByRole('combobox', { name: 'Scenario' })).toHaveValue('telemetry-on');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await heartbeat(1, 'dmz')).toBe('disable');

  await row(page, 1).getByRole('button', { name: 'Reset Seat 1' }).click();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('status')).toHaveText('Seat 1 was reset to the telemetry-on scenario.');
  expect(await heartbeat(1, 'dmz')).toBe('enable');
  expect(await heartbeat(1, 'ssl.root')).toBe('enable');
  await expect(row(page, 1).getByRole('cell', { name: 'Step 2 not done' })).toBeAttached({ timeout: 1_000 });
  await expect(row(page, 1)).toContainText('0 of 5');
});

test('the trainer page is reached by keyboard alone, and a wrong password is refused', async ({ page }) => {
  await page.goto(`${seat(0).url}/fgsim/class`);
  await expect(page.getByRole('heading', { name: 'Trainer login' })).toBeVisible();
  await page.getByLabel('Password').fill('wrong');
  await page.getByLabel('Password').press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Authentication failure');
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Password').fill('');
  await page.getByLabel('Password').press('Enter');
  await expect(page.getByRole('table', { name: /^Seats/ })).toBeVisible();
  // The login hands focus to the table; Tab goes on to the first seat's controls in order.
  await expect(page.getByRole('table', { name: /^Seats/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('link', { name: 'Open the console of Seat 0 (trainer) (new tab)' }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Reset Seat 0 (trainer)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Reset Seat 0 (trainer)' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Reset Seat 0 (trainer)' })).toBeFocused();
  // A reset the server refuses (this CSRF token is not the session's: 403) says so in the dialog,
  // which stays open, and changes nothing.
  const { csrfCookie } = await page.evaluate(
    async () => (await (await fetch('/fgsim/class/seats')).json()) as { csrfCookie: string },
  );
  await page
    .context()
    .addCookies([{ name: csrfCookie, value: '"0000"', url: `${seat(0).url}/`, sameSite: 'Strict' }]);
  await page.getByRole('button', { name: 'Reset Seat 0 (trainer)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset Seat 0 (trainer)' });
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The reset failed: HTTP 403');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toHaveText('');
  // Logging out ends the view: the login comes back.
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { name: 'Trainer login' })).toBeVisible();
});

test("one browser on two seats' consoles: each writes to its own seat, and the trainer stays logged in", async ({
  page,
  context,
}) => {
  await openClassPage(page);
  const one = new ConsolePage(await context.newPage());
  const two = new ConsolePage(await context.newPage());
  await one.page.goto(`${seat(1).url}/`);
  await one.login();
  await one.expectDashboard();
  // Logging in to seat 2 in the same browser sets cookies for the same host, other port.
  await two.page.goto(`${seat(2).url}/`);
  await two.login();
  await two.expectDashboard();

  // Back on seat 1's console: a GUI change is still accepted (its own CSRF cookie, not seat 2's).
  await one.navigate('System', 'Feature Visibility');
  await one.page.getByRole('switch', { name: 'Endpoint Control', exact: true }).check();
  await one.page.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(row(page, 1).getByRole('cell', { name: 'Step 1 done' })).toBeAttached({ timeout: 1_000 });
  await expect(row(page, 2).getByRole('cell', { name: 'Step 1 not done' })).toBeAttached();

  // The trainer's page kept its session through both logins, and its Reset still carries its token.
  await row(page, 1).getByRole('button', { name: 'Reset Seat 1' }).click();
  await page.getByRole('dialog', { name: 'Reset Seat 1' }).getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('status')).toHaveText('Seat 1 was reset to the telemetry-on scenario.');
  await expect(row(page, 1).getByRole('cell', { name: 'Step 1 not done' })).toBeAttached({ timeout: 1_000 });
});
