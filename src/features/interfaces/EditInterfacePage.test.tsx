import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../api/node';
import { logIn, setupConsoleDevice } from '../../test/console';
import { useInterfaceListView } from './list-view';
import { routes } from './route';

// Whole screens over the real handlers on a shared 2-core machine: give each test room.
vi.setConfig({ testTimeout: 30_000 });

const fgt = setupConsoleDevice('telemetry-on');
const iface = (name: string) => fgt.current.device.find('system interface', name);
const config = (): string => JSON.stringify(fgt.current.device.state.config);

/** Every write the pages send, as `METHOD path body`. */
let writes: string[] = [];
beforeEach(() => {
  writes = [];
  useInterfaceListView.getState().reset();
  server.events.on('request:start', async ({ request }) => {
    if (request.method !== 'GET' && request.url.includes('/api/v2/'))
      writes.push(`${request.method} ${new URL(request.url).pathname} ${await request.clone().text()}`);
  });
});
afterEach(() => server.events.removeAllListeners());

async function openAt(path: string) {
  await logIn();
  const user = userEvent.setup();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return { user, router };
}

async function openEdit(name: string) {
  const view = await openAt(`/network/interfaces/edit/${encodeURIComponent(name)}`);
  await screen.findByRole('button', { name: 'OK' }, { timeout: 15_000 });
  return view;
}

/** The form row (label and control) around the control labelled `label`. */
const rowOf = (label: string): HTMLElement =>
  screen.getByLabelText(label).closest('.fg-form-row') as HTMLElement;

describe('Edit Interface', () => {
  it('shows the fields of the interface with the labels the schema gives', async () => {
    await openEdit('internal');
    expect(screen.getByRole('heading', { name: 'Edit Interface' })).toBeInTheDocument();
    expect(screen.getByLabelText('Interface Name')).toHaveValue('internal');
    expect(screen.getByLabelText('Interface Name')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Type')).toHaveValue('Hardware Switch');
    expect(screen.getByLabelText('Role')).toHaveValue('lan');
    expect(screen.getByLabelText('Manual')).toBeChecked();
    expect(screen.getByLabelText('IP/Network Mask')).toHaveValue('192.168.1.99/24');
    const access = screen.getByRole('group', { name: 'Administrative Access' });
    const ticked = within(access)
      .getAllByRole('checkbox')
      .filter((c) => (c as HTMLInputElement).checked)
      .map((c) => c.closest('label')?.textContent);
    expect(ticked).toEqual([
      'HTTPS',
      'HTTP',
      'PING',
      'FMG-Access',
      'CAPWAP',
      'SSH',
      'FortiTelemetry',
      'Enforce FortiClient compliance',
    ]);
    expect(within(access).getAllByRole('checkbox')).toHaveLength(13);
    expect(screen.getByLabelText('Device Detection')).toBeChecked();
    expect(screen.getByLabelText('Enabled')).toBeChecked();
    expect(screen.getByText('Link Status').nextElementSibling).toHaveTextContent('Up');
  });

  it('unticking FortiTelemetry hides its sub-option; OK sends only that change and returns to the list', async () => {
    const { user, router } = await openEdit('dmz');
    await user.click(screen.getByLabelText('FortiTelemetry'));
    expect(screen.queryByLabelText('Enforce FortiClient compliance')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'OK' }));
    await expect.poll(() => router.state.location.pathname).toBe('/network/interfaces');
    expect(writes).toEqual(['PUT /api/v2/cmdb/system/interface/dmz {"fortiheartbeat":"disable"}']);
    expect(iface('dmz')?.fortiheartbeat).toBe('disable');
    const grid = await screen.findByRole('treegrid', { name: 'Interfaces' }, { timeout: 15_000 });
    const dmz = within(grid).getByRole('row', { name: /\bdmz\b/ });
    expect(dmz).toHaveAttribute('aria-selected', 'true');
    expect(dmz).not.toHaveTextContent('FortiTelemetry');
  });

  it('ticking Administrative Access boxes saves them; the device keeps them in its own order', async () => {
    const { user, router } = await openEdit('dmz');
    const access = screen.getByRole('group', { name: 'Administrative Access' });
    await user.click(within(access).getByLabelText('TELNET'));
    await user.click(within(access).getByLabelText('SSH'));
    await user.click(screen.getByRole('button', { name: 'OK' }));
    await expect.poll(() => router.state.location.pathname).toBe('/network/interfaces');
    // The GUI sends its own order; the device stores the option list's (docs/fortios-6.0.md §3).
    expect(writes).toEqual([
      'PUT /api/v2/cmdb/system/interface/dmz {"allowaccess":"https ping fgfm capwap ssh telnet"}',
    ]);
    expect(iface('dmz')?.allowaccess).toBe('ping https ssh telnet fgfm capwap');
  });

  it('turns compliance enforcement off with FortiTelemetry, since it is part of it', async () => {
    const { user, router } = await openEdit('internal');
    await user.click(screen.getByLabelText('FortiTelemetry'));
    await user.click(screen.getByRole('button', { name: 'OK' }));
    await expect.poll(() => router.state.location.pathname).toBe('/network/interfaces');
    expect(writes).toEqual([
      'PUT /api/v2/cmdb/system/interface/internal {"fortiheartbeat":"disable","endpoint-compliance":"disable"}',
    ]);
  });

  it("shows the device's -651 beside the IP field and changes nothing", async () => {
    const { user, router } = await openEdit('dmz');
    const before = config();
    const ip = screen.getByLabelText('IP/Network Mask');
    await user.clear(ip);
    await user.type(ip, '300.1.1.1/24');
    await user.click(screen.getByLabelText('FortiTelemetry'));
    await user.click(screen.getByRole('button', { name: 'OK' }));
    const alert = await within(rowOf('IP/Network Mask')).findByRole('alert');
    expect(alert).toHaveTextContent('invalid IP address (error -651)');
    expect(ip).toHaveAttribute('aria-invalid', 'true');
    expect(config()).toBe(before);
    expect(router.state.location.pathname).toBe('/network/interfaces/edit/dmz');
    expect(screen.getByLabelText('FortiTelemetry')).not.toBeChecked();
  });

  it('accepts an address with a /nn prefix', async () => {
    const { user, router } = await openEdit('dmz');
    const ip = screen.getByLabelText('IP/Network Mask');
    await user.clear(ip);
    await user.type(ip, '10.10.20.1/16');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    await expect.poll(() => router.state.location.pathname).toBe('/network/interfaces');
    expect(iface('dmz')?.ip).toBe('10.10.20.1 255.255.0.0');
  });

  it("shows the device's refusal of an alias that is too long beside the Alias field", async () => {
    const { user } = await openEdit('wan1');
    const before = config();
    await user.type(screen.getByLabelText('Alias'), 'an alias much longer than allowed');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    const alert = await within(rowOf('Alias')).findByRole('alert');
    expect(alert).toHaveTextContent(/too long.*error -651/);
    expect(config()).toBe(before);
  });

  it('Cancel discards the changes', async () => {
    const { user, router } = await openEdit('wan2');
    const before = config();
    await user.type(screen.getByLabelText('Alias'), 'Backup ISP');
    await user.click(screen.getByLabelText('Disabled'));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await expect.poll(() => router.state.location.pathname).toBe('/network/interfaces');
    expect(writes).toEqual([]);
    expect(config()).toBe(before);
  });

  it('shows a tunnel interface with the port it is bound to and no addressing mode', async () => {
    await openEdit('HQ-to-Branch');
    expect(screen.getByLabelText('Type')).toHaveValue('Tunnel Interface');
    expect(screen.getByLabelText('Interface')).toHaveValue('wan1');
    expect(screen.queryByLabelText('DHCP')).toBeNull();
    expect(screen.getByLabelText('Remote IP/Network Mask')).toBeInTheDocument();
    expect(screen.getByLabelText('FortiTelemetry')).toBeChecked();
  });

  it('shows HTML in the alias and comments as text', async () => {
    const alias = '<img src=x onerror=f()>';
    const description = '<script>window.hacked = 1</script>';
    await fgt.current.api.put('/api/v2/cmdb/system/interface/dmz', { alias, description });
    await openEdit('dmz');
    expect(screen.getByLabelText('Alias')).toHaveValue(alias);
    expect(screen.getByLabelText('Comments')).toHaveValue(description);
    expect(document.querySelector('main img, form img, form script')).toBeNull();
  });
});

describe('Create New', () => {
  it('makes a VLAN on a port and shows it there, selected', async () => {
    const { user, router } = await openAt('/network/interfaces/create');
    await user.type(await screen.findByLabelText('Interface Name', {}, { timeout: 15_000 }), 'vlan100');
    expect(screen.getByLabelText('Type')).toHaveValue('vlan');
    await user.selectOptions(screen.getByLabelText('Interface'), 'internal');
    await user.type(screen.getByLabelText('VLAN ID'), '100');
    await user.type(screen.getByLabelText('IP/Network Mask'), '10.1.100.1/24');
    await user.click(screen.getByLabelText('PING'));
    await user.click(screen.getByRole('button', { name: 'OK' }));
    await expect.poll(() => router.state.location.pathname).toBe('/network/interfaces');
    expect(iface('vlan100')).toMatchObject({
      type: 'vlan',
      interface: 'internal',
      vlanid: 100,
      ip: '10.1.100.1 255.255.255.0',
      allowaccess: 'ping',
    });
    const row = await screen.findByRole('row', { name: /\bvlan100\b/ }, { timeout: 15_000 });
    expect(row).toHaveAttribute('aria-selected', 'true');
    expect(row).toHaveAttribute('aria-level', '3');
  });

  it('makes a loopback', async () => {
    const { user, router } = await openAt('/network/interfaces/create');
    await user.type(await screen.findByLabelText('Interface Name', {}, { timeout: 15_000 }), 'lo1');
    await user.selectOptions(screen.getByLabelText('Type'), 'loopback');
    expect(screen.queryByLabelText('VLAN ID')).toBeNull();
    await user.type(screen.getByLabelText('IP/Network Mask'), '10.255.0.1/32');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    await expect.poll(() => router.state.location.pathname).toBe('/network/interfaces');
    expect(iface('lo1')).toMatchObject({ type: 'loopback', ip: '10.255.0.1 255.255.255.255' });
  });

  it("shows the device's refusal of a VLAN ID out of range beside the field", async () => {
    const { user } = await openAt('/network/interfaces/create');
    const before = config();
    await user.type(await screen.findByLabelText('Interface Name', {}, { timeout: 15_000 }), 'vlan9');
    await user.type(screen.getByLabelText('VLAN ID'), '5000');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(await within(rowOf('VLAN ID')).findByRole('alert')).toHaveTextContent(/error -651/);
    expect(config()).toBe(before);
  });

  it('shows a duplicate name (-5) beside the name', async () => {
    const { user } = await openAt('/network/interfaces/create');
    await user.type(await screen.findByLabelText('Interface Name', {}, { timeout: 15_000 }), 'dmz');
    await user.selectOptions(screen.getByLabelText('Type'), 'loopback');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(await within(rowOf('Interface Name')).findByRole('alert')).toHaveTextContent(/error -5\b/);
  });
});
