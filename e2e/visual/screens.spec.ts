/**
 * Visual regression (issue 8): every screen in its main states — each scenario where it differs,
 * interface groups expanded, an edit page with the device's validation error, the CLI Console with
 * output, the guide open — as a pixel baseline (`toHaveScreenshot`, thresholds in playwright.config.ts)
 * and an aria snapshot of its structure (`toMatchAriaSnapshot`). Baselines live in
 * screens.spec.ts-snapshots/; `npm run test:visual:update` regenerates them after an intended change.
 *
 * Stable by construction: the device clock is fixed, scenarios are seeded, motion is reduced and
 * animations and the caret are off for the picture, fonts are bundled and awaited, and each state waits
 * for its data (a web-first assertion on what it shows) before the picture.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { ScenarioName } from '../../src/device/scenarios';
import { cliDoor, openScreen, settle } from '../support/stage';

interface ScreenState {
  /** The snapshots' file-name stem. */
  name: string;
  route: string;
  scenario: ScenarioName;
  /** CLI lines (through the REST door) before the screen is opened. */
  cli?: readonly string[];
  /** What the person does on the screen before the picture. */
  act?: (page: Page) => Promise<void>;
  /** Visible content that says the state is fully drawn. */
  ready: (page: Page) => Locator;
  /** The structure to snapshot (default: the main area). */
  structure?: (page: Page) => Locator;
}

const SHOW_ENDPOINT_CONTROL = ['config system settings', 'set gui-endpoint-control enable', 'end'];

const main = (page: Page): Locator => page.getByRole('main');
const title = (text: string) => (page: Page) =>
  main(page).getByRole('heading', { level: 1, name: text, exact: true });
const interfaces = (page: Page): Locator => page.getByRole('treegrid', { name: 'Interfaces', exact: true });
const interfaceRow = (page: Page, name: string): Locator =>
  interfaces(page).getByRole('row', { name: new RegExp(`(^|\\s)${name.replace('.', '\\.')}(\\s|$)`) });
const consoleOutput = (page: Page): Locator =>
  page.getByRole('log', { name: 'CLI Console output', exact: true });
const guide = (page: Page): Locator => page.getByRole('complementary', { name: /^Guide: / });

const states: ScreenState[] = [
  {
    name: 'dashboard-telemetry-on',
    route: '/dashboard/status',
    scenario: 'telemetry-on',
    ready: (page) => page.getByRole('row', { name: /^Serial Number/ }),
  },
  {
    name: 'dashboard-large',
    route: '/dashboard/status',
    scenario: 'large',
    ready: (page) => page.getByRole('row', { name: /^Serial Number/ }),
  },
  ...(['telemetry-on', 'telemetry-off'] as const).map((scenario): ScreenState => ({
    name: `feature-visibility-${scenario}`,
    route: '/system/feature-visibility',
    scenario,
    ready: (page) => page.getByRole('switch', { name: 'Endpoint Control', exact: true }),
  })),
  ...(['telemetry-on', 'telemetry-off', 'factory-default', 'large'] as const).map(
    (scenario): ScreenState => ({
      name: `interfaces-${scenario}`,
      route: '/network/interfaces',
      scenario,
      ready: (page) =>
        interfaces(page)
          .getByRole('img', { name: /^(Up|Down)$/ })
          .first(),
    }),
  ),
  {
    name: 'interfaces-wan1-expanded',
    route: '/network/interfaces',
    scenario: 'telemetry-on',
    act: (page) => interfaces(page).getByRole('button', { name: 'Expand wan1', exact: true }).click(),
    ready: (page) => interfaceRow(page, 'FCT-Dialup'),
  },
  {
    name: 'interface-edit',
    route: '/network/interfaces/edit/dmz',
    scenario: 'telemetry-on',
    ready: (page) => page.getByLabel('Interface Name'),
  },
  {
    name: 'interface-edit-invalid-ip',
    route: '/network/interfaces/edit/dmz',
    scenario: 'telemetry-on',
    act: async (page) => {
      await page.getByLabel('IP/Network Mask').fill('300.1.1.1/24');
      await page.getByRole('button', { name: 'OK', exact: true }).click();
    },
    ready: (page) => page.getByRole('alert').filter({ hasText: 'invalid IP address' }),
  },
  {
    name: 'interface-create',
    route: '/network/interfaces/create',
    scenario: 'telemetry-on',
    ready: title('New Interface'),
  },
  ...(['telemetry-on', 'telemetry-off'] as const).map((scenario): ScreenState => ({
    name: `security-fabric-${scenario}`,
    route: '/security-fabric/settings',
    scenario,
    ready: (page) => page.getByRole('list', { name: 'FortiTelemetry enabled interfaces: selected' }),
  })),
  ...(['telemetry-on', 'telemetry-off'] as const).map((scenario): ScreenState => ({
    name: `ssl-vpn-${scenario}`,
    route: '/vpn/ssl-settings',
    scenario,
    ready: (page) => page.getByRole('switch', { name: 'Allow Endpoint Registration', exact: true }),
  })),
  ...(['telemetry-on', 'telemetry-off'] as const).flatMap((scenario): ScreenState[] => [
    {
      name: `compliance-list-${scenario}`,
      route: '/security-profiles/forticlient-compliance',
      scenario,
      cli: SHOW_ENDPOINT_CONTROL,
      ready: (page) => page.getByRole('link', { name: 'default', exact: true }),
    },
    {
      name: `compliance-edit-${scenario}`,
      route: '/security-profiles/forticlient-compliance/edit/default',
      scenario,
      cli: SHOW_ENDPOINT_CONTROL,
      ready: (page) => page.getByRole('switch', { name: 'System Compliance', exact: true }),
    },
    {
      name: `forticlient-monitor-${scenario}`,
      route: '/monitor/forticlient-monitor',
      scenario,
      cli: SHOW_ENDPOINT_CONTROL,
      ready: (page) => page.getByRole('region', { name: 'Registration summary' }),
    },
  ]),
  {
    name: 'compliance-not-visible',
    route: '/security-profiles/forticlient-compliance',
    scenario: 'telemetry-on',
    ready: (page) => main(page).getByRole('link', { name: 'Feature Visibility' }),
  },
  {
    name: 'cli-console-output',
    route: '/dashboard/status',
    scenario: 'telemetry-on',
    act: async (page) => {
      await page.getByRole('button', { name: 'CLI Console', exact: true }).click();
      const input = page.getByRole('textbox', { name: 'CLI Console input', exact: true });
      await input.fill('get system status');
      await input.press('Enter');
    },
    ready: (page) => consoleOutput(page).filter({ hasText: 'System time' }),
    structure: (page) => page.getByRole('region', { name: 'CLI Console', exact: true }),
  },
  {
    name: 'guide-show-me',
    route: '/dashboard/status',
    scenario: 'telemetry-on',
    act: async (page) => {
      await page.getByRole('banner').getByRole('button', { name: 'Guide', exact: true }).click();
      await guide(page).getByRole('button', { name: 'Show me', exact: true }).click();
      await expect(page).toHaveURL(/\/system\/feature-visibility$/);
    },
    ready: (page) => page.locator('[data-guide-highlight="Endpoint Control"]'),
    structure: guide,
  },
  {
    name: 'guide-done-telemetry-off',
    route: '/dashboard/status',
    scenario: 'telemetry-off',
    act: (page) => page.getByRole('banner').getByRole('button', { name: 'Guide', exact: true }).click(),
    ready: (page) => guide(page).getByRole('region', { name: 'Summary' }),
    structure: guide,
  },
];

test('login page', async ({ page }) => {
  await page.goto('/?scenario=telemetry-on');
  await expect(page.getByRole('button', { name: 'Login', exact: true })).toBeVisible();
  await settle(page);
  await expect(page).toHaveScreenshot('login.png');
  await expect(page.getByRole('main')).toMatchAriaSnapshot({ name: 'login.aria.yml' });
});

test('the shell: header and the full menu', async ({ page }) => {
  await openScreen(page, '/dashboard/status', { scenario: 'telemetry-off' });
  await expect(page.getByRole('banner')).toMatchAriaSnapshot({ name: 'shell-header.aria.yml' });
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toMatchAriaSnapshot({
    name: 'shell-menu.aria.yml',
  });
});

for (const state of states) {
  test(state.name, async ({ page }) => {
    await openScreen(page, state.route, { scenario: state.scenario });
    if (state.cli) {
      await cliDoor(page, state.cli);
      await openScreen(page, state.route);
    }
    await state.act?.(page);
    await expect(state.ready(page)).toBeVisible();
    await settle(page);
    await expect(page).toHaveScreenshot(`${state.name}.png`);
    await expect((state.structure ?? main)(page)).toMatchAriaSnapshot({ name: `${state.name}.aria.yml` });
  });
}
