import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { announceRevision, logIn, setupConsoleDevice } from '../../test/console';
import { useInterfaceListView } from './list-view';
import { routes } from './route';

// Whole screens over the real handlers on a shared 2-core machine: give each test room.
vi.setConfig({ testTimeout: 30_000 });

const fgt = setupConsoleDevice('telemetry-on');

beforeEach(() => useInterfaceListView.getState().reset());

async function openList() {
  await logIn();
  const user = userEvent.setup();
  const router = createMemoryRouter(routes, { initialEntries: ['/network/interfaces'] });
  render(<RouterProvider router={router} />);
  const grid = await screen.findByRole('treegrid', { name: 'Interfaces' }, { timeout: 15_000 });
  await within(grid).findByRole('row', { name: /\bwan1\b/ });
  // The Status column and DHCP leases fill in once the monitor has answered (modem is down).
  await within(grid).findByRole('img', { name: 'Down' }, { timeout: 15_000 });
  return { user, router, grid };
}

/** The data row whose Name cell starts with `name`. */
const row = (name: string): HTMLElement =>
  screen.getAllByRole('row').find((r) => r.querySelector('.fg-if-name')?.firstChild?.textContent === name) ??
  (() => {
    throw new Error(`no row ${name}`);
  })();
const cells = (name: string): string[] =>
  within(row(name))
    .getAllByRole('gridcell')
    .map((c) => c.textContent ?? '');
const rowNames = (): string[] =>
  [...document.querySelectorAll('.fg-if-name')].map((n) => n.firstChild?.textContent ?? '');

describe('Network › Interfaces', () => {
  it('groups rows by type with counts and keeps tunnels under their port until expanded', async () => {
    const { user, grid } = await openList();
    expect(within(grid).getByRole('row', { name: /Physical Interface \(4\)/ })).toBeInTheDocument();
    expect(within(grid).getByRole('row', { name: /Hardware Switch \(1\)/ })).toBeInTheDocument();
    expect(within(grid).getByRole('row', { name: /Tunnel Interface \(1\)/ })).toBeInTheDocument();
    expect(rowNames()).toEqual(['dmz', 'modem', 'wan1', 'wan2', 'internal', 'ssl.root']);
    expect(row('wan1')).toHaveAttribute('aria-expanded', 'false');

    await user.click(screen.getByRole('button', { name: 'Expand wan1' }));
    expect(row('wan1')).toHaveAttribute('aria-expanded', 'true');
    expect(row('FCT-Dialup')).toHaveAttribute('aria-level', '3');
    expect(rowNames()).toEqual([
      'dmz',
      'modem',
      'wan1',
      'FCT-Dialup',
      'HQ-to-Branch',
      'wan2',
      'internal',
      'ssl.root',
    ]);
    expect(cells('HQ-to-Branch')).toContain('FortiTelemetry');
    expect(cells('HQ-to-Branch')).toContain('Tunnel Interface');
  });

  it('shows status, address, type, access and Ref. as the device has them', async () => {
    await openList();
    const [status, name, members, ip, type, access, ref] = cells('internal');
    expect(within(row('internal')).getByRole('img', { name: 'Up' })).toBeInTheDocument();
    expect(status).toBe('▲');
    expect(name).toBe('internal');
    expect(members).toBe('internal1, internal2, internal3, internal4, internal5, internal6, internal7');
    expect(ip).toBe('192.168.1.99/24');
    expect(type).toBe('Hardware Switch');
    expect(access).toBe('HTTPS HTTP PING FMG-Access CAPWAP SSH FortiTelemetry');
    expect(ref).toBe(String(fgt.current.device.refCount('system interface', 'internal')));
    // DHCP: the leased address from the monitor; no FortiTelemetry on wan1.
    expect(cells('wan1')[3]).toBe('198.51.100.2/24');
    expect(cells('wan1')[5]).toBe('PING FMG-Access');
    expect(cells('wan1')[6]).toBe(String(fgt.current.device.refCount('system interface', 'wan1')));
    expect(within(row('modem')).getByRole('img', { name: 'Down' })).toBeInTheDocument();
    expect(cells('ssl.root')[1]).toBe('ssl.root (SSL VPN interface)');
  });

  it('search filters by name, alias, IP and type and keeps the parent of a matching tunnel, open', async () => {
    const { user } = await openList();
    const search = screen.getByRole('searchbox', { name: 'Search interfaces' });
    await user.type(search, 'dc-b');
    expect(rowNames()).toEqual(['wan2', 'DC-Backup']);
    expect(row('wan2')).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('row', { name: /Physical Interface \(1\)/ })).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'ssl vpn');
    expect(rowNames()).toEqual(['ssl.root']);
    await user.clear(search);
    await user.type(search, '10.10.10.');
    expect(rowNames()).toEqual(['dmz']);
    await user.clear(search);
    await user.type(search, 'hardware switch');
    expect(rowNames()).toEqual(['internal']);
    await user.clear(search);
    await user.type(search, 'nothing-like-this');
    expect(screen.getByRole('gridcell', { name: 'No matching interfaces' })).toBeInTheDocument();
    await user.clear(search);
    expect(rowNames()).toHaveLength(6);
  });

  it('expands and opens a row by keyboard', async () => {
    const { user, router } = await openList();
    row('wan1').focus();
    await user.keyboard('{ArrowRight}');
    expect(row('wan1')).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(row('HQ-to-Branch')).toHaveFocus();
    await user.keyboard('{Enter}');
    await expect.poll(() => router.state.location.pathname).toBe('/network/interfaces/edit/HQ-to-Branch');
  });

  it("shows the device's refusal to delete an interface in use (-23) and changes nothing", async () => {
    const { user } = await openList();
    await user.click(screen.getByRole('button', { name: 'Expand wan1' }));
    await user.click(within(row('HQ-to-Branch')).getByText('Tunnel Interface'));
    expect(row('HQ-to-Branch')).toHaveAttribute('aria-selected', 'true');
    const before = JSON.stringify(fgt.current.device.state.config);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Confirm' });
    expect(dialog).toHaveTextContent('HQ-to-Branch');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await screen.findByText(/HQ-to-Branch is in use.*error -23/)).toBeInTheDocument();
    expect(JSON.stringify(fgt.current.device.state.config)).toBe(before);
  });

  it('deletes an interface nothing uses once confirmed', async () => {
    fgt.current.device.transact((tx) =>
      tx.create('system interface', { name: 'lo-test', type: 'loopback', ip: '10.99.0.1 255.255.255.255' }),
    );
    const { user } = await openList();
    await user.click(within(row('lo-test')).getByText('Loopback Interface'));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'OK' }));
    await expect.poll(() => fgt.current.device.find('system interface', 'lo-test')).toBeUndefined();
    await expect.poll(() => rowNames()).not.toContain('lo-test');
  });

  it('shows an alias with HTML in it as text', async () => {
    const alias = '<img src=x onerror=f()>';
    const answer = await fgt.current.api.put('/api/v2/cmdb/system/interface/dmz', { alias });
    expect(answer.status).toBe(200);
    const { grid } = await openList();
    expect(cells('dmz')[1]).toBe(`dmz (${alias})`);
    expect(grid.querySelector('img')).toBeNull();
  });

  it('shows a change made through another door without a reload', async () => {
    const { user } = await openList();
    await user.click(screen.getByRole('button', { name: 'Expand wan2' }));
    expect(cells('DC-Backup')[5]).toBe('FortiTelemetry');
    await fgt.current.api.put('/api/v2/cmdb/system/interface/DC-Backup', { fortiheartbeat: 'disable' });
    announceRevision(fgt.current);
    await expect.poll(() => cells('DC-Backup')[5]).toBe('');
  });
});
