import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failure } from '../../api/envelope';
import { server } from '../../api/node';
import { logIn, setupConsoleDevice } from '../../test/console';
import { routes } from './route';

// Whole screens over the real handlers on a shared 2-core machine: give each test room.
vi.setConfig({ testTimeout: 30_000 });

const fgt = setupConsoleDevice('telemetry-on');
const heartbeat = (name: string) => fgt.current.device.find('system interface', name)?.fortiheartbeat;
const config = (): string => JSON.stringify(fgt.current.device.state.config);
const LIST = 'FortiTelemetry enabled interfaces: selected';

let writes: string[] = [];
beforeEach(() => {
  writes = [];
  server.events.on('request:start', async ({ request }) => {
    if (request.method !== 'GET' && request.url.includes('/api/v2/'))
      writes.push(`${request.method} ${new URL(request.url).pathname} ${await request.clone().text()}`);
  });
});
afterEach(() => server.events.removeAllListeners());

/** Makes the next FortiTelemetry change of interface `name` fail with the device's -651. */
function failNextInterfaceWrite(name: string, message: string): void {
  server.use(
    http.put(
      `*/api/v2/cmdb/system/interface/${name}`,
      () =>
        failure(fgt.current.device, { method: 'PUT', path: 'system', name: 'interface', mkey: name }, 500, {
          error: -651,
          message,
          field: 'fortiheartbeat',
        }),
      { once: true },
    ),
  );
}

async function openSettings() {
  await logIn();
  const user = userEvent.setup();
  render(
    <RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/security-fabric/settings'] })} />,
  );
  await screen.findByRole('list', { name: LIST }, { timeout: 15_000 });
  return { user };
}

const chosen = (): string[] =>
  within(screen.getByRole('list', { name: LIST }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('span')?.textContent ?? '');

describe('Security Fabric › Settings', () => {
  it('shows FortiGate Telemetry, the group and exactly the interfaces with FortiTelemetry on', async () => {
    await openSettings();
    expect(screen.getByRole('switch', { name: 'FortiGate Telemetry' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(screen.getByLabelText('Group name')).toHaveValue('fgsim-fabric');
    expect(screen.getByLabelText('Group password')).toHaveValue('');
    expect(screen.getByRole('switch', { name: 'Connect to upstream FortiGate' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    // In the device's table order: a real 60E lists dmz … ssl.root before internal (docs/fortios-6.0.md §4.1).
    expect(chosen()).toEqual([
      'dmz',
      'ssl.root (SSL VPN interface)',
      'internal',
      'HQ-to-Branch',
      'FCT-Dialup',
      'DC-Backup',
    ]);
  });

  it('editing the list edits those interfaces, one PUT each, and nothing else', async () => {
    const { user } = await openSettings();
    await user.click(
      screen.getByRole('button', { name: 'Remove dmz from FortiTelemetry enabled interfaces' }),
    );
    await user.selectOptions(screen.getByLabelText('FortiTelemetry enabled interfaces'), 'wan1');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await expect.poll(() => heartbeat('wan1')).toBe('enable');
    expect(heartbeat('dmz')).toBe('disable');
    expect(writes).toEqual([
      'PUT /api/v2/cmdb/system/interface/wan1 {"fortiheartbeat":"enable"}',
      'PUT /api/v2/cmdb/system/interface/dmz {"fortiheartbeat":"disable"}',
    ]);
    await expect.poll(chosen).toContain('wan1');
    expect(chosen()).not.toContain('dmz');
  });

  it('a refused csf change is shown beside its field and nothing is changed, interfaces included', async () => {
    const { user } = await openSettings();
    const before = config();
    const name = screen.getByLabelText('Group name');
    await user.clear(name);
    await user.type(name, 'a group name far longer than the device allows');
    await user.click(
      screen.getByRole('button', { name: 'Remove internal from FortiTelemetry enabled interfaces' }),
    );
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    const row = name.closest('.fg-form-row') as HTMLElement;
    expect(await within(row).findByRole('alert')).toHaveTextContent(/too long.*error -651/);
    expect(config()).toBe(before);
    expect(writes).toHaveLength(1);
  });

  it('shows a refusal about a field the page does not place above the form, once', async () => {
    // A csf key this page has no row for (`management-ip`): the refusal must not be lost.
    server.use(
      http.put(
        '*/api/v2/cmdb/system/csf',
        () =>
          failure(fgt.current.device, { method: 'PUT', path: 'system', name: 'csf' }, 500, {
            error: -651,
            message: 'management-ip: invalid address',
            field: 'management-ip',
          }),
        { once: true },
      ),
    );
    const { user } = await openSettings();
    const before = config();
    const name = screen.getByLabelText('Group name');
    await user.type(name, 'x');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('management-ip: invalid address (error -651)');
    expect(alert.closest('form')).toBeNull();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(config()).toBe(before);
  });

  it('sends the csf PUT with only what changed, then the interfaces', async () => {
    const { user } = await openSettings();
    await user.click(screen.getByRole('switch', { name: 'Connect to upstream FortiGate' }));
    await user.type(screen.getByLabelText('FortiGate IP'), '192.0.2.1');
    await user.type(screen.getByLabelText('Group password'), 's3cret');
    await user.click(
      screen.getByRole('button', { name: 'Remove DC-Backup from FortiTelemetry enabled interfaces' }),
    );
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await expect.poll(() => heartbeat('DC-Backup')).toBe('disable');
    expect(writes).toEqual([
      'PUT /api/v2/cmdb/system/csf {"group-password":"s3cret","upstream-ip":"192.0.2.1"}',
      'PUT /api/v2/cmdb/system/interface/DC-Backup {"fortiheartbeat":"disable"}',
    ]);
    expect(fgt.current.device.single('system csf')['upstream-ip']).toBe('192.0.2.1');
  });

  it('reports the interfaces the device refused by name and keeps the others applied', async () => {
    const { user } = await openSettings();
    failNextInterfaceWrite('FCT-Dialup', 'simulated refusal');
    await user.click(
      screen.getByRole('button', { name: 'Remove FCT-Dialup from FortiTelemetry enabled interfaces' }),
    );
    await user.click(
      screen.getByRole('button', { name: 'Remove HQ-to-Branch from FortiTelemetry enabled interfaces' }),
    );
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    const alert = await screen.findByText(/FortiTelemetry could not be changed on/);
    expect(alert.closest('[role="alert"]')).toHaveTextContent('FCT-Dialup: simulated refusal (error -651)');
    expect(heartbeat('HQ-to-Branch')).toBe('disable');
    expect(heartbeat('FCT-Dialup')).toBe('enable');
    await expect.poll(chosen).toContain('FCT-Dialup');
    expect(chosen()).not.toContain('HQ-to-Branch');
  });

  it('shows aliases and a group name with HTML in them as text', async () => {
    const alias = '<img src=x onerror=f()>';
    await fgt.current.api.put('/api/v2/cmdb/system/interface/dmz', { alias });
    await fgt.current.api.put('/api/v2/cmdb/system/csf', { 'group-name': '<script>x()</script>' });
    await openSettings();
    expect(chosen()).toContain(`dmz (${alias})`);
    expect(screen.getByLabelText('Group name')).toHaveValue('<script>x()</script>');
    expect(document.querySelector('form img, form script')).toBeNull();
  });
});
