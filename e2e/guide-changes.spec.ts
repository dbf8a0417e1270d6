/**
 * The guide's "What you changed" and "The same in the CLI" (issue 19, item 3): step 2 done in the GUI
 * from the step definitions shows exactly the `config system interface` lines for the interfaces it
 * changed; Copy puts them on the clipboard; typed into a fresh device's CLI Console (a browser context
 * of its own, `telemetry-on`) they give the same device, compared over REST. A change typed in the
 * CLI shows under "What you changed" with its door named. After a reload the step still shows them
 * (the change log is stored with the device).
 *
 * The expected lines are written here as a 6.0 unit prints these edits, not read back from fgsim:
 * docs/fortios-6.0.md §3 (four spaces a level; `config system interface` … `end`; `edit "<name>"`
 * quoted … `next`; option values unquoted, as in real 6.0 backups' `set fortiheartbeat enable`) and
 * §4.1 (a 60E lists dmz before internal, tunnels after the ports; `endpoint-compliance` prints after
 * `fortiheartbeat`). Unticking FortiTelemetry in Edit Interface also clears "Enforce FortiClient
 * compliance" (its sub-option, docs/fortios-6.0.md §2), so `internal` has both lines.
 */
import type { Browser, Locator, Page } from '@playwright/test';
import { CONSOLE_INPUT, GUIDE_TITLE, steps } from '../src/walkthrough/steps';
import { locate, perform } from './support/stage';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { deviceRequest, reloadDevicePage } from './support/device-api';
import { ConsolePage, expect, test } from './support/fixtures';

const STEP_2_IN_THE_CLI = [
  'config system interface',
  '    edit "dmz"',
  '        set fortiheartbeat disable',
  '    next',
  '    edit "internal"',
  '        set fortiheartbeat disable',
  '        set endpoint-compliance disable',
  '    next',
  '    edit "HQ-to-Branch"',
  '        set fortiheartbeat disable',
  '    next',
  '    edit "FCT-Dialup"',
  '        set fortiheartbeat disable',
  '    next',
  '    edit "DC-Backup"',
  '        set fortiheartbeat disable',
  '    next',
  'end',
];

const guidePanel = (page: Page): Locator =>
  page.getByRole('complementary', { name: `Guide: ${GUIDE_TITLE}` });
const whatYouChanged = (page: Page): Locator =>
  guidePanel(page).getByRole('region', { name: 'What you changed' });

/** What a test compares of two devices over REST: every interface, and the whole configuration file. */
async function deviceOverRest(page: Page): Promise<{ interfaces: unknown; backup: string }> {
  const interfaces = await deviceRequest<{ results: unknown }>(page, 'GET', '/api/v2/cmdb/system/interface');
  const backup = await deviceRequest<string>(
    page,
    'GET',
    '/api/v2/monitor/system/config/backup?scope=global',
  );
  expect(interfaces.status).toBe(200);
  expect(backup.status).toBe(200);
  return { interfaces: interfaces.body.results, backup: backup.body };
}

/** Types `lines` into the CLI Console of `fgt`, one line and Enter each, as a trainee does. */
async function typeIntoConsole(fgt: ConsolePage, lines: readonly string[]): Promise<void> {
  await fgt.page.getByRole('banner').getByRole('button', { name: 'CLI Console', exact: true }).click();
  const input = locate(fgt.page, CONSOLE_INPUT);
  for (const line of lines) {
    await input.fill(line);
    await input.press('Enter');
  }
  // The console echoes each line with its prompt once the device has taken it.
  const last = lines.at(-1)!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(fgt.page.getByRole('log', { name: 'CLI Console output' })).toHaveText(
    new RegExp(`# ${last}$`),
  );
}

/** A fresh `telemetry-on` device in a browser context of its own, logged in. */
async function freshDevice(browser: Browser): Promise<{ fgt: ConsolePage; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const fgt = new ConsolePage(await context.newPage());
  await fgt.open('/', 'telemetry-on');
  await fgt.login();
  await fgt.expectDashboard();
  return { fgt, close: () => context.close() };
}

test('step 2 in the GUI: the guide shows its CLI, Copy copies it, and typed into a fresh device it gives the same device', async ({
  loggedInPage: fgt,
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const interfaces = steps.findIndex((s) => s.id === 'interfaces');
  const step = steps[interfaces]!;

  await page.getByRole('banner').getByRole('button', { name: 'Guide', exact: true }).click();
  await guidePanel(page)
    .getByRole('list', { name: 'Steps' })
    .getByRole('button', { name: step.title })
    .click();
  await expect(guidePanel(page).getByRole('heading', { level: 3 })).toHaveText(step.title);
  await expect(whatYouChanged(page)).toContainText(
    'Nothing yet: the device is as it was when this step began.',
  );

  await guidePanel(page).getByRole('button', { name: 'Show me', exact: true }).click();
  for (const action of step.actions) await perform(page, action);
  await expect(
    guidePanel(page)
      .getByRole('list', { name: 'Steps' })
      .getByRole('listitem')
      .nth(interfaces)
      .getByRole('img'),
  ).toHaveAttribute('aria-label', 'done');

  const same = whatYouChanged(page).getByRole('region', { name: 'The same in the CLI' });
  await expect(whatYouChanged(page)).toContainText(
    `5 changes since this step began, through the GUI: ${STEP_2_IN_THE_CLI.length} lines of CLI.`,
  );
  const lines = same.getByRole('region', { name: 'CLI lines' });
  await expect(lines).toHaveText(STEP_2_IN_THE_CLI.join('\n'), { useInnerText: true });
  await expectNoSeriousA11yViolations(page);

  await same.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(same.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${STEP_2_IN_THE_CLI.join('\n')}\n`);
  const done = await deviceOverRest(page);

  // The change log is kept with the device, so after a reload the step still shows what it changed.
  await reloadDevicePage(page);
  await expect(guidePanel(page).getByRole('heading', { level: 3 })).toHaveText(step.title);
  await expect(
    whatYouChanged(page).getByRole('region', { name: 'The same in the CLI' }).getByRole('region', {
      name: 'CLI lines',
    }),
  ).toHaveText(STEP_2_IN_THE_CLI.join('\n'), { useInnerText: true });

  const fresh = await freshDevice(browser);
  try {
    expect(await deviceOverRest(fresh.fgt.page)).not.toEqual(done);
    await typeIntoConsole(fresh.fgt, copied.replace(/\n$/, '').split('\n'));
    await expect.poll(() => deviceOverRest(fresh.fgt.page)).toEqual(done);
  } finally {
    await fresh.close();
  }
  // The device the guide ran on is untouched by the other context.
  expect(await deviceOverRest(fgt.page)).toEqual(done);
});

test('a change typed in the CLI Console shows under "What you changed", the CLI named as its door', async ({
  loggedInPage: fgt,
  page,
}) => {
  const sslVpn = steps.findIndex((s) => s.id === 'ssl-vpn');
  await fgt.open(`/vpn/ssl-settings?guide=fortitelemetry&step=${sslVpn + 1}`);
  await expect(guidePanel(page).getByRole('heading', { level: 3 })).toHaveText(steps[sslVpn]!.title);
  await expect(whatYouChanged(page)).toContainText(
    'Nothing yet: the device is as it was when this step began.',
  );

  await typeIntoConsole(fgt, [
    'config system interface',
    'edit ssl.root',
    'set fortiheartbeat disable',
    'end',
  ]);

  await expect(whatYouChanged(page)).toContainText(
    '1 change since this step began, through the CLI: 5 lines of CLI.',
  );
  await expect(whatYouChanged(page).getByRole('region', { name: 'CLI lines' })).toHaveText(
    [
      'config system interface',
      '    edit "ssl.root"',
      '        set fortiheartbeat disable',
      '    next',
      'end',
    ].join('\n'),
    { useInnerText: true },
  );
  // Typed in the CLI already: nothing to offer as "the same in the CLI".
  await expect(whatYouChanged(page).getByRole('region', { name: 'The same in the CLI' })).toHaveCount(0);
  // The SSL-VPN page beside the guide shows the change too.
  await expect(
    page.getByRole('switch', { name: 'Allow Endpoint Registration', exact: true }),
  ).toHaveAttribute('aria-checked', 'false');
});
