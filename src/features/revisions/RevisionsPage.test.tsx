import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// `useDevice` is no React hook; renamed so the hooks lint rule does not mistake it for one.
import { server, useDevice as startDevice, type NodeDevice } from '../../api/node';
import { login } from '../../client';
import { urls } from '../../urls';
import { routes } from './route';

configure({ asyncUtilTimeout: 5_000 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function open(fgt: NodeDevice = startDevice('telemetry-on')): Promise<NodeDevice> {
  await login('admin', '');
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: [urls.revisions] })} />);
  await screen.findByRole('heading', { level: 1, name: 'Revisions' });
  return fgt;
}

const user = () => userEvent.setup();

async function saveRevision(comment: string): Promise<void> {
  const u = user();
  await u.click(screen.getByRole('button', { name: 'Save' }));
  const dialog = await screen.findByRole('dialog', { name: 'Save Configuration Revision' });
  await u.type(within(dialog).getByLabelText('Comments'), comment);
  await u.click(within(dialog).getByRole('button', { name: 'OK' }));
  await screen.findByRole('cell', { name: comment });
}

describe('Revisions', { timeout: 30_000 }, () => {
  it('lists nothing at first, then a saved revision with its columns', async () => {
    await open();
    const table = await screen.findByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Selected', 'ID', 'Date/Time', 'Administrator', 'Firmware Version', 'Comments']);
    expect(within(table).getByText('No revisions saved')).toBeInTheDocument();
    await saveRevision('clean start');
    const row = screen.getByRole('row', { name: /clean start/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['', '1', '2019-01-15 09:30:00', 'admin', 'v6.0.4 build0231', 'clean start']);
    for (const name of ['Diff', 'Revert', 'Delete'])
      expect(screen.getByRole('button', { name })).toBeDisabled();
  });

  it('Diff shows the CLI from the revision to the running configuration; Revert asks, then restores', async () => {
    const fgt = await open();
    await saveRevision('before');
    await fgt.api.put('/api/v2/cmdb/system/interface/internal', { fortiheartbeat: 'disable' });
    const u = user();
    await u.click(screen.getByRole('checkbox', { name: 'Select revision 1' }));
    await u.click(screen.getByRole('button', { name: 'Diff' }));
    const region = await screen.findByRole('region', {
      name: 'Diff: from revision 1 to the running configuration',
    });
    expect(within(region).getByLabelText('CLI diff').textContent).toBe(
      [
        'config system interface',
        '    edit "internal"',
        '        set fortiheartbeat disable',
        '    next',
        'end',
      ].join('\n'),
    );
    await u.click(screen.getByRole('button', { name: 'Revert' }));
    const confirm = await screen.findByRole('dialog', { name: 'Revert' });
    expect(confirm).toHaveTextContent(
      'Revert to revision 1? The current configuration is replaced and the FortiGate reboots.',
    );
    await u.click(within(confirm).getByRole('button', { name: 'OK' }));
    await waitFor(() =>
      expect(fgt.device.find('system interface', 'internal')?.fortiheartbeat).toBe('enable'),
    );
    expect(fgt.device.uptimeSeconds()).toBe(0);
  });

  it('with reboot-upon-config-restore disabled, Revert says the unit stays up, and it does', async () => {
    // docs/fortios-6.0.md §3.2: the setting decides whether a restore reboots (ansible
    // fortios_system_global 6.0: "Enable/disable reboot of system upon restoring configuration.").
    const fgt = startDevice('telemetry-on');
    await fgt.api.put('/api/v2/cmdb/system/global', { 'reboot-upon-config-restore': 'disable' });
    await open(fgt);
    await saveRevision('before');
    await fgt.api.put('/api/v2/cmdb/system/interface/internal', { fortiheartbeat: 'disable' });
    const uptime = fgt.device.uptimeSeconds();
    expect(uptime).toBeGreaterThan(0);
    const u = user();
    await u.click(screen.getByRole('checkbox', { name: 'Select revision 1' }));
    await u.click(screen.getByRole('button', { name: 'Revert' }));
    const confirm = await screen.findByRole('dialog', { name: 'Revert' });
    expect(confirm).toHaveTextContent(
      'Revert to revision 1? The current configuration is replaced; the FortiGate does not reboot (reboot-upon-config-restore is disabled).',
    );
    expect(confirm).not.toHaveTextContent('reboots');
    await u.click(within(confirm).getByRole('button', { name: 'OK' }));
    await waitFor(() =>
      expect(fgt.device.find('system interface', 'internal')?.fortiheartbeat).toBe('enable'),
    );
    expect(fgt.device.uptimeSeconds()).toBe(uptime);
    // The login session lives on (no reboot ended it): the page goes on answering.
    await u.click(await screen.findByRole('button', { name: 'Diff' }));
    const region = await screen.findByRole('region', {
      name: 'Diff: from revision 1 to the running configuration',
    });
    expect(region).toHaveTextContent('No differences: the two configurations are the same.');
  });

  it('Cancel on Revert changes nothing; Delete asks and removes the selected revisions', async () => {
    const fgt = await open();
    await saveRevision('one');
    await saveRevision('two');
    const u = user();
    await u.click(screen.getByRole('checkbox', { name: 'Select revision 1' }));
    await u.click(screen.getByRole('button', { name: 'Revert' }));
    const before = fgt.device.state;
    await u.click(
      within(await screen.findByRole('dialog', { name: 'Revert' })).getByRole('button', { name: 'Cancel' }),
    );
    expect(fgt.device.state).toBe(before);
    await u.click(screen.getByRole('checkbox', { name: 'Select revision 2' }));
    await u.click(screen.getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('dialog', { name: 'Confirm' });
    expect(confirm).toHaveTextContent('Are you sure you want to delete 2 revisions?');
    await u.click(within(confirm).getByRole('button', { name: 'OK' }));
    expect(await screen.findByText('No revisions saved')).toBeInTheDocument();
  });

  it('Diff of two revisions that hold the same configuration says so', async () => {
    await open();
    await saveRevision('a');
    await saveRevision('b');
    const u = user();
    await u.click(screen.getByRole('checkbox', { name: 'Select revision 1' }));
    await u.click(screen.getByRole('checkbox', { name: 'Select revision 2' }));
    await u.click(screen.getByRole('button', { name: 'Diff' }));
    const region = await screen.findByRole('region', { name: 'Diff: from revision 1 to revision 2' });
    expect(region).toHaveTextContent('No differences: the two configurations are the same.');
  });

  it('a comment the device refuses is shown as the device gives it', async () => {
    await open();
    const u = user();
    await u.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save Configuration Revision' });
    const input = within(dialog).getByLabelText('Comments');
    input.removeAttribute('maxlength');
    await u.click(input);
    await u.paste('x'.repeat(256));
    await u.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await screen.findByText(/comments may be at most 255 characters/)).toBeInTheDocument();
  });
});
