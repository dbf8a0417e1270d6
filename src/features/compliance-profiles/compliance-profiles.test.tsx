import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
// `useDevice` is no React hook; renamed so the hooks lint rule does not mistake it for one.
import { server, useDevice as startDevice, type NodeDevice } from '../../api/node';
import { login } from '../../client';
import { routes } from './route';

// Pages load lazily and read several tables; on a busy CI machine that can take over a second.
configure({ asyncUtilTimeout: 5_000 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

let writes: string[] = [];
server.events.on('request:start', async ({ request }) => {
  if (request.method === 'GET') return;
  writes.push(`${request.method} ${new URL(request.url).pathname} ${await request.clone().text()}`);
});
afterEach(() => {
  writes = [];
});

async function open(path: string, fgt: NodeDevice = startDevice('telemetry-on')): Promise<NodeDevice> {
  await login('admin', '');
  writes = [];
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />);
  return fgt;
}

const LIST = '/security-profiles/forticlient-compliance';
const profile = async (fgt: NodeDevice, name: string) =>
  (await fgt.api.get(`/api/v2/cmdb/endpoint-control/profile/${name}`)).body.results?.[0];

describe('FortiClient Compliance Profiles', { timeout: 20_000 }, () => {
  it('lists the profiles with their columns', async () => {
    await open(LIST);
    expect(
      await screen.findByRole('heading', { name: 'FortiClient Compliance Profiles' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Selected', 'Name', 'Assigned To', 'Comments', 'Ref.']);
    expect(within(table).getByRole('link', { name: 'default' })).toBeInTheDocument();
  });

  it('turns System Compliance off in default with one PUT inside forticlient-winmac-settings', async () => {
    const user = userEvent.setup();
    const fgt = await open(LIST);
    await user.click(await screen.findByRole('link', { name: 'default' }));
    const system = await screen.findByRole('switch', { name: 'System Compliance' });
    expect(system).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('default');

    await user.click(system);
    await user.click(screen.getByRole('button', { name: 'OK' }));

    await screen.findByRole('heading', { name: 'FortiClient Compliance Profiles' });
    expect(writes).toEqual([
      'PUT /api/v2/cmdb/endpoint-control/profile/default {"forticlient-winmac-settings":{"forticlient-system-compliance":"disable"}}',
    ]);
    const row = await profile(fgt, 'default');
    expect(row['forticlient-winmac-settings']['forticlient-system-compliance']).toBe('disable');
    expect(row['forticlient-winmac-settings']['forticlient-vuln-scan']).toBe('enable');

    await user.click(await screen.findByRole('link', { name: 'default' }));
    expect(await screen.findByRole('switch', { name: 'System Compliance' })).not.toBeChecked();
  });

  it('shows the action and sub-options of a category that is on, labelled from the schema', async () => {
    const user = userEvent.setup();
    const fgt = await open(`${LIST}/edit/default`);
    const system = await screen.findByRole('region', { name: 'System Compliance' });
    const action = within(system).getByRole('radiogroup', { name: 'Non-compliance action' });
    expect(within(action).getByRole('radio', { name: 'Warning' })).toBeChecked();
    await user.click(within(action).getByRole('radio', { name: 'Block' }));
    await user.click(within(system).getByRole('checkbox', { name: 'Minimum FortiClient version' }));
    const windows = within(system).getByRole('textbox', { name: 'Windows' });
    await user.clear(windows);
    await user.type(windows, '6.0.4');
    expect(within(system).getByRole('checkbox', { name: 'Upload logs to FortiAnalyzer' })).toBeChecked();

    const posture = screen.getByRole('region', { name: 'Security Posture Check' });
    expect(within(posture).queryByRole('checkbox', { name: 'Web Filter' })).toBeNull();
    await user.click(within(posture).getByRole('switch', { name: 'Security Posture Check' }));
    for (const option of ['Realtime AntiVirus protection', 'Up-to-date signatures', 'Web Filter'])
      expect(within(posture).getByRole('checkbox', { name: option })).not.toBeChecked();
    await user.click(within(posture).getByRole('checkbox', { name: 'Application Firewall' }));

    await user.click(screen.getByRole('button', { name: 'OK' }));
    await screen.findByRole('heading', { name: 'FortiClient Compliance Profiles' });
    expect((await profile(fgt, 'default'))['forticlient-winmac-settings']).toMatchObject({
      'forticlient-system-compliance-action': 'block',
      'forticlient-minimum-software-version': 'enable',
      'forticlient-win-ver': '6.0.4',
      'forticlient-security-posture': 'enable',
      'forticlient-application-firewall': 'enable',
    });
  });

  it('shows the device refusal beside the field and stays on the page', async () => {
    const user = userEvent.setup();
    const fgt = await open(`${LIST}/edit/default`);
    const system = await screen.findByRole('region', { name: 'System Compliance' });
    await user.click(within(system).getByRole('checkbox', { name: 'Minimum FortiClient version' }));
    const windows = within(system).getByRole('textbox', { name: 'Windows' });
    await user.clear(windows);
    await user.click(windows);
    await user.paste('6'.repeat(36));
    await user.click(screen.getByRole('button', { name: 'OK' }));

    expect(await within(windows.parentElement as HTMLElement).findByRole('alert')).toHaveTextContent(
      /too long.*\(error -651\)/,
    );
    expect(screen.getByRole('heading', { name: 'Edit FortiClient Compliance Profile' })).toBeInTheDocument();
    // The 6.0 default (terraform fortios_endpointcontrol_profile's example, read back from a device).
    expect((await profile(fgt, 'default'))['forticlient-winmac-settings']['forticlient-win-ver']).toBe(
      '5.4.1',
    );
  });

  it('refuses to delete default while an interface enforces compliance (-23)', async () => {
    const user = userEvent.setup();
    const fgt = await open(LIST);
    await user.click(await screen.findByRole('checkbox', { name: 'Select default' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Confirm' });
    expect(dialog).toHaveTextContent('Are you sure you want to delete default?');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/default is in use.*\(error -23\)/);
    expect(await profile(fgt, 'default')).toBeDefined();
  });

  it('creates a profile, assigns it, and deletes it after confirmation', async () => {
    const user = userEvent.setup();
    const fgt = await open(LIST);
    await user.click(await screen.findByRole('button', { name: 'Create New' }));
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'lab');
    await user.click(screen.getByRole('textbox', { name: 'Comments' }));
    await user.paste('<b>lab</b> machines');
    await user.selectOptions(screen.getByRole('combobox', { name: 'User Groups' }), 'SSLVPN-Users');
    await user.click(screen.getByRole('button', { name: 'OK' }));

    const table = await screen.findByRole('table');
    const row = (await within(table).findByRole('link', { name: 'lab' })).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('User Groups: SSLVPN-Users');
    expect(within(row).getByText('<b>lab</b> machines')).toBeInTheDocument();
    expect(document.querySelector('td b')).toBeNull();
    expect((await profile(fgt, 'lab'))['user-groups']).toEqual([
      { q_origin_key: 'SSLVPN-Users', name: 'SSLVPN-Users' },
    ]);

    await user.click(within(row).getByRole('checkbox', { name: 'Select lab' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'lab' })).toBeNull());
    expect(await profile(fgt, 'lab')).toBeUndefined();
  });
});
