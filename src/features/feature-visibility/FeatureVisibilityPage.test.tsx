import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure } from '../../api/envelope';
import { server } from '../../api/node';
import { logIn, renderConsole, setupConsoleDevice } from '../../test/console';

const device = setupConsoleDevice('telemetry-on');
const settings = () => device.current.device.single('system settings');
const global = () => device.current.device.single('system global');

/** Every PUT the page sends, as `path → body`. */
let puts: Array<{ path: string; body: unknown }> = [];
const recordPut = async ({ request }: { request: Request }) => {
  if (request.method === 'PUT')
    puts.push({ path: new URL(request.url).pathname, body: await request.clone().json() });
};
beforeEach(() => {
  puts = [];
  server.events.on('request:start', recordPut);
});
afterEach(() => server.events.removeAllListeners());

/** Makes the next write of `system settings` fail with the device's -651 refusal. */
function failNextSettingsWrite(message: string): void {
  server.use(
    http.put(
      '*/api/v2/cmdb/system/settings',
      () =>
        failure(device.current.device, { method: 'PUT', path: 'system', name: 'settings' }, 500, {
          error: -651,
          message,
        }),
      { once: true },
    ),
  );
}

/** The switch labelled `label` (by its visible label: much faster than a role query over 36 switches). */
const switchNamed = (label: string): HTMLElement => {
  const el = screen.getByLabelText(label, { selector: '[role="switch"]' });
  return el;
};

async function openPage() {
  await logIn();
  const view = renderConsole('/system/feature-visibility');
  // The first answer of four tables on a shared two-core machine: give it room (as the other screens' tests do).
  await screen.findByRole('switch', { name: 'Endpoint Control' }, { timeout: 15_000 });
  return view;
}

// Screen tests over the real handlers are slow on a shared two-core machine.
describe('System › Feature Visibility', { timeout: 20_000 }, () => {
  it('shows the three sections with the labels from the device schema and its current values', async () => {
    await openPage();
    for (const title of ['Core Features', 'Security Features', 'Additional Features'])
      expect(screen.getByRole('region', { name: title })).toBeInTheDocument();
    const core = within(screen.getByRole('region', { name: 'Core Features' }));
    expect(core.getAllByRole('switch')).toHaveLength(5);
    expect(core.getByRole('switch', { name: 'IPv6' })).toHaveAttribute('aria-checked', 'false');
    expect(core.getByRole('switch', { name: 'VPN' })).toHaveAttribute('aria-checked', 'true');
    expect(switchNamed('Endpoint Control')).toHaveAttribute('aria-checked', 'false');
    expect(switchNamed('Certificates')).toHaveAttribute('aria-checked', 'false');
    expect(screen.getByRole('button', { name: 'Apply' })).toBeDisabled();
  });

  it('changes nothing until Apply, then sends only the changed key and updates the menu', async () => {
    const { user } = await openPage();
    const menu = screen.getByRole('navigation', { name: 'Main menu' });
    await user.click(within(menu).getByRole('button', { name: /Security Profiles/ }));
    expect(within(menu).queryByRole('link', { name: 'FortiClient Compliance' })).not.toBeInTheDocument();

    await user.click(switchNamed('Endpoint Control'));
    expect(switchNamed('Endpoint Control')).toHaveAttribute('aria-checked', 'true');
    expect(settings()['gui-endpoint-control']).toBe('disable');
    expect(puts).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('Configuration updated successfully')).toBeInTheDocument();
    expect(puts).toEqual([
      { path: '/api/v2/cmdb/system/settings', body: { 'gui-endpoint-control': 'enable' } },
    ]);
    expect(settings()['gui-endpoint-control']).toBe('enable');
    expect(await within(menu).findByRole('link', { name: 'FortiClient Compliance' })).toBeInTheDocument();
  });

  it('sends one PUT per table when keys of system settings and system global change', async () => {
    const { user } = await openPage();
    await user.click(switchNamed('IPv6'));
    await user.click(switchNamed('Certificates'));
    await user.click(switchNamed('VoIP'));
    await user.click(switchNamed('VoIP'));
    await user.click(switchNamed('DNS Filter'));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText('Configuration updated successfully');
    expect(puts).toEqual([
      { path: '/api/v2/cmdb/system/settings', body: { 'gui-dnsfilter': 'disable' } },
      { path: '/api/v2/cmdb/system/global', body: { 'gui-ipv6': 'enable', 'gui-certificates': 'enable' } },
    ]);
    expect(global()['gui-certificates']).toBe('enable');
    expect(settings()['gui-voip-profile']).toBe('disable');
  });

  it('shows the device refusal and keeps the switch as the user set it', async () => {
    const { user } = await openPage();
    failNextSettingsWrite('gui-endpoint-control: value parse error before "maybe"');
    await user.click(switchNamed('Endpoint Control'));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('value parse error before "maybe"')]),
    );
    expect(settings()['gui-endpoint-control']).toBe('disable');
    expect(switchNamed('Endpoint Control')).toHaveAttribute('aria-checked', 'true');
    expect(screen.queryByText('Configuration updated successfully')).not.toBeInTheDocument();
  });
});
