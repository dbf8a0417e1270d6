import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
// `useDevice` is no React hook; renamed so the hooks lint rule does not mistake it for one.
import { server, useDevice as startDevice, type NodeDevice } from '../../api/node';
import { login } from '../../client';
import { SslVpnSettingsPage } from './SslVpnSettingsPage';

// Pages load lazily and read several tables; on a busy CI machine that can take over a second.
configure({ asyncUtilTimeout: 5_000 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** The REST writes the page sends, as `METHOD path body`. */
let writes: string[] = [];
const record = async ({ request }: { request: Request }): Promise<void> => {
  if (request.method === 'GET') return;
  const url = new URL(request.url);
  writes.push(`${request.method} ${url.pathname} ${await request.clone().text()}`);
};
server.events.on('request:start', record);
afterEach(() => {
  writes = [];
});

async function openPage(): Promise<NodeDevice> {
  const fgt = startDevice('telemetry-on');
  await login('admin', '');
  writes = [];
  render(<SslVpnSettingsPage />);
  await screen.findByRole('heading', { name: 'Connection Settings' });
  return fgt;
}

const sslRoot = async (fgt: NodeDevice) =>
  (await fgt.api.get('/api/v2/cmdb/system/interface/ssl.root')).body.results[0];
const settings = async (fgt: NodeDevice) => (await fgt.api.get('/api/v2/cmdb/vpn.ssl/settings')).body.results;

describe('SSL-VPN Settings', { timeout: 20_000 }, () => {
  it('shows Allow Endpoint Registration on in telemetry-on and turns ssl.root fortiheartbeat off on Apply', async () => {
    const user = userEvent.setup();
    const fgt = await openPage();
    const toggle = screen.getByRole('switch', { name: 'Allow Endpoint Registration' });
    expect(toggle).toBeChecked();

    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    expect((await sslRoot(fgt)).fortiheartbeat).toBe('enable');

    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(async () => expect((await sslRoot(fgt)).fortiheartbeat).toBe('disable'));
    expect(writes).toEqual(['PUT /api/v2/cmdb/system/interface/ssl.root {"fortiheartbeat":"disable"}']);
    await waitFor(() =>
      expect(screen.getByRole('switch', { name: 'Allow Endpoint Registration' })).not.toBeChecked(),
    );
  });

  it('sends only the keys that changed, in one PUT', async () => {
    const user = userEvent.setup();
    const fgt = await openPage();
    const port = screen.getByLabelText('Listen on Port');
    await user.clear(port);
    await user.type(port, '10444');
    await user.click(screen.getByRole('switch', { name: 'Redirect HTTP to SSL-VPN' }));
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]).toBe('PUT /api/v2/cmdb/vpn.ssl/settings {"port":10444,"https-redirect":"enable"}');
    await waitFor(async () => expect((await settings(fgt)).port).toBe(10444));
  });

  it.each([
    ['0', /port out of range \(1-65535\): 0 \(error -651\)/],
    ['70000', /port out of range \(1-65535\): 70000 \(error -651\)/],
    ['443', /conflicts with the administrative HTTPS port \(error -651\)/],
  ])('shows the device refusal of port %s beside the field and changes nothing', async (typed, message) => {
    const user = userEvent.setup();
    const fgt = await openPage();
    const before = await fgt.api.get('/api/v2/cmdb/vpn.ssl/settings');
    const port = screen.getByLabelText('Listen on Port');
    await user.clear(port);
    await user.type(port, typed);
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    const row = port.parentElement as HTMLElement;
    expect(await within(row).findByRole('alert')).toHaveTextContent(message);
    expect(port).toHaveAttribute('aria-invalid', 'true');
    expect(port).toHaveValue(Number(typed));
    const after = await fgt.api.get('/api/v2/cmdb/vpn.ssl/settings');
    expect(after.body.revision).toBe(before.body.revision);
    expect(after.body.results.port).toBe(10443);
  });

  it('shows the device refusal (-3) of a portal that is gone by Apply time, and changes nothing', async () => {
    const user = userEvent.setup();
    const fgt = await openPage();
    await user.click(screen.getByRole('button', { name: 'Edit mapping for All Other Users/Groups' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Authentication/Portal Mapping' });
    await user.selectOptions(within(dialog).getByLabelText('Portal'), 'tunnel-access');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(screen.getByRole('row', { name: /All Other Users\/Groups tunnel-access/ })).toBeInTheDocument();

    expect((await fgt.api.delete('/api/v2/cmdb/vpn.ssl.web/portal/tunnel-access')).status).toBe(200);
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    const mapping = screen.getByRole('region', { name: 'Authentication/Portal Mapping' });
    expect(await within(mapping).findByRole('alert')).toHaveTextContent(
      /entry not found in datasource \(error -3\)/,
    );
    expect((await settings(fgt))['default-portal']).toBe('web-access');
  });

  it('adds a portal mapping and applies it as the whole authentication-rule table', async () => {
    const user = userEvent.setup();
    const fgt = await openPage();
    await user.click(screen.getByRole('button', { name: 'Create New' }));
    const dialog = screen.getByRole('dialog', { name: 'New Authentication/Portal Mapping' });
    await user.selectOptions(within(dialog).getByLabelText('Users'), 'guest');
    await user.selectOptions(within(dialog).getByLabelText('Portal'), 'web-access');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    await waitFor(async () =>
      expect((await settings(fgt))['authentication-rule']).toEqual([
        // 6.0's REST rows and list items start with q_origin_key (docs/fortios-6.0.md §5).
        expect.objectContaining({
          id: 1,
          groups: [{ q_origin_key: 'SSLVPN-Users', name: 'SSLVPN-Users' }],
          portal: 'full-access',
        }),
        expect.objectContaining({
          id: 2,
          users: [{ q_origin_key: 'guest', name: 'guest' }],
          portal: 'web-access',
        }),
      ]),
    );
  });

  it('renders names a user typed as text, never as HTML', async () => {
    const fgt = startDevice('telemetry-on');
    await fgt.api.post('/api/v2/cmdb/user/group', { name: '<img src=x onerror=alert(1)>' });
    await fgt.api.put('/api/v2/cmdb/vpn.ssl/settings', {
      'authentication-rule': [
        { id: 1, groups: [{ name: '<img src=x onerror=alert(1)>' }], portal: 'full-access' },
      ],
    });
    await login('admin', '');
    render(<SslVpnSettingsPage />);
    expect(await screen.findByRole('cell', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
