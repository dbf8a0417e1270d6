import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { announceRevision, logIn, renderConsole, setupConsoleDevice } from '../test/console';

const device = setupConsoleDevice('telemetry-on');
const menu = () => screen.getByRole('navigation', { name: 'Main menu' });

describe('login and the session guard', { timeout: 20_000 }, () => {
  it('sends a visitor to the login page, refuses a wrong password, then opens the deep link asked for', async () => {
    const { user, router } = renderConsole('/system/feature-visibility');
    expect(await screen.findByRole('button', { name: 'Login' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');

    await user.type(screen.getByLabelText('Username'), 'admin');
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Login' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Authentication failure');

    await user.clear(screen.getByLabelText('Password'));
    await user.click(screen.getByRole('button', { name: 'Login' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Feature Visibility' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/system/feature-visibility');
  });

  it('logs out from the admin menu', async () => {
    await logIn();
    const { user, router } = renderConsole('/dashboard/status');
    await user.click(await screen.findByRole('button', { name: 'admin' }));
    expect(screen.getByRole('button', { name: 'Revisions' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Logout' }));
    expect(await screen.findByRole('button', { name: 'Login' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });
});

describe('the header', { timeout: 20_000 }, () => {
  it('shows the product and model as text, the hostname, and the CLI Console slot button', async () => {
    await logIn();
    const { user } = renderConsole('/dashboard/status');
    const header = screen.getByRole('banner');
    expect(await within(header).findByText('FortiGate 60E')).toBeInTheDocument();
    expect(within(header).getByText('FGT60E')).toBeInTheDocument();
    const cli = within(header).getByRole('button', { name: 'CLI Console' });
    expect(cli).toHaveAttribute('aria-pressed', 'false');
    await user.click(cli);
    expect(cli).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('region', { name: 'CLI Console' })).toBeInTheDocument();
  });
});

describe('the menu follows Feature Visibility', { timeout: 20_000 }, () => {
  it('hides FortiClient Compliance and answers its deep link with the not-visible notice', async () => {
    await logIn();
    const { user } = renderConsole('/security-profiles/forticlient-compliance');
    expect(await screen.findByText('This feature is not visible.')).toBeInTheDocument();
    expect(within(menu()).queryByRole('link', { name: 'FortiClient Compliance' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'System › Feature Visibility' }));
    // A lazy screen that reads its rows and its schema answer: the same 15 s as the file's other first loads.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Feature Visibility' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
  });

  it('updates at once when another door changes a key (the CLI, another tab)', async () => {
    await logIn();
    renderConsole('/security-profiles/forticlient-compliance');
    await screen.findByText('This feature is not visible.');
    expect(within(menu()).getByRole('button', { name: /VPN/ })).toBeInTheDocument();

    await device.current.api.put('/api/v2/cmdb/system/settings', {
      'gui-endpoint-control': 'enable',
      'gui-vpn': 'disable',
    });
    announceRevision(device.current);

    expect(await within(menu()).findByRole('link', { name: 'FortiClient Compliance' })).toBeInTheDocument();
    expect(screen.queryByText('This feature is not visible.')).not.toBeInTheDocument();
    expect(within(menu()).queryByRole('button', { name: /VPN/ })).not.toBeInTheDocument();
    expect(within(menu()).getByRole('button', { name: /Monitor/ })).toBeInTheDocument();
  });

  it('shows placeholders for screens fgsim does not simulate, never as links', async () => {
    await logIn();
    const { user } = renderConsole('/dashboard/status');
    await user.click(await within(menu()).findByRole('button', { name: /^.?System/ }));
    const administrators = within(menu()).getByRole('link', { name: 'Administrators' });
    expect(administrators).toHaveAttribute('aria-disabled', 'true');
    expect(administrators).not.toHaveAttribute('href');
    expect(within(menu()).getByRole('link', { name: 'Feature Visibility' })).toHaveAttribute(
      'href',
      '/system/feature-visibility',
    );
    expect(within(menu()).queryByRole('link', { name: 'Certificates' })).not.toBeInTheDocument();
  });
});
