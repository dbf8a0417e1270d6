/**
 * The CLI Console in the whole app, against the real REST handlers (src/api/node.ts): opened with the
 * header's `>_` button, it reaches the device only through the CLI door.
 */
import { configure, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { http } from 'msw';
import { server } from '../../api/node';
import { logIn, renderConsole, setupConsoleDevice } from '../../test/console';
import {
  CLI_PANEL_STORAGE_KEY,
  endCliSession,
  resetCliConsole,
  useCliHistory,
  useCliTranscript,
} from './console-store';
import { RECONNECT_DELAY_MS, connect, submit } from './console-actions';

configure({ asyncUtilTimeout: 5_000 });
const fgt = setupConsoleDevice('telemetry-on');
beforeEach(() => resetCliConsole());

const panel = () => screen.getByRole('region', { name: 'CLI Console' });
const input = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'CLI Console input' });
const output = () => screen.getByRole('log', { name: 'CLI Console output' });
const prompt = () => panel().querySelector('.fg-cli__prompt')?.textContent;
const endpoints = () => fgt.current.device.rows('endpoint-control registered-forticlient').length;

/** Logs in, opens `path` and the console, and waits for the device's first prompt. */
async function openConsole(path = '/dashboard/status') {
  await logIn();
  const rendered = renderConsole(path);
  await rendered.user.click(await screen.findByRole('button', { name: 'CLI Console' }));
  await screen.findByRole('textbox', { name: 'CLI Console input' });
  await waitFor(() => expect(prompt()).toBe('FGT60E # '));
  return rendered;
}

describe('the CLI Console', { timeout: 30_000 }, () => {
  it('opens from >_ with focus in the input, runs a line, shows the output and the new prompt', async () => {
    const { user } = await openConsole();
    expect(input()).toHaveFocus();

    await user.type(input(), 'get system status{Enter}');
    await waitFor(() => expect(output()).toHaveTextContent('Hostname: FGT60E'));
    expect(
      output().textContent?.startsWith('FGT60E # get system status\nVersion: FortiGate-60E v6.0.4'),
    ).toBe(true);

    await user.type(input(), 'conf sys int{Enter}');
    await waitFor(() => expect(prompt()).toBe('FGT60E (interface) # '));
    await user.type(input(), 'edit dmz{Enter}');
    await waitFor(() => expect(prompt()).toBe('FGT60E (dmz) # '));
    await user.type(input(), 'show{Enter}');
    await waitFor(() => expect(output()).toHaveTextContent('set allowaccess ping https fgfm capwap'));
    expect(output().textContent).toContain('FGT60E (dmz) # show\nconfig system interface\n    edit "dmz"\n');
    expect(input()).toHaveValue('');
  });

  it('prints the device text as text, never as HTML', async () => {
    const { user } = await openConsole();
    await user.type(
      input(),
      'config system interface{Enter}edit dmz{Enter}set alias "<b>bold</b>"{Enter}show{Enter}',
    );
    await waitFor(() => expect(output()).toHaveTextContent('set alias "<b>bold</b>"'));
    expect(output().querySelector('b')).toBeNull();
  });

  it('recalls earlier lines with ↑ and ↓, kept for the browser session', async () => {
    const { user } = await openConsole();
    await user.type(input(), 'get system status{Enter}');
    await user.type(input(), 'show system global{Enter}');
    await waitFor(() => expect(output()).toHaveTextContent('config system global'));
    await user.type(input(), 'sh');
    await user.keyboard('{ArrowUp}');
    expect(input()).toHaveValue('show system global');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(input()).toHaveValue('get system status');
    await user.keyboard('{ArrowDown}');
    expect(input()).toHaveValue('show system global');
    await user.keyboard('{ArrowDown}');
    expect(input()).toHaveValue('sh');
    expect(useCliHistory.getState().entries).toEqual(['get system status', 'show system global']);
    expect(sessionStorage.getItem('fgsim.cli-console.history')).toContain('show system global');
  });

  it('completes a unique word with Tab and lists several', async () => {
    const { user } = await openConsole();
    await user.type(input(), 'conf{Tab}');
    await waitFor(() => expect(input()).toHaveValue('config '));
    await user.type(input(), 'system int{Tab}');
    await waitFor(() => expect(input()).toHaveValue('config system interface '));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(prompt()).toBe('FGT60E (interface) # '));

    await user.type(input(), 'e{Tab}');
    await waitFor(() => expect(output().textContent).toMatch(/FGT60E \(interface\) # e\nedit +end$/));
    expect(input()).toHaveValue('e');
  });

  it('answers ? at once, without Enter, and puts the line back', async () => {
    const { user } = await openConsole();
    await user.type(input(), 'config system ?');
    await waitFor(() => expect(output()).toHaveTextContent('interface Configure interfaces.'));
    expect(output().textContent).toMatch(/^FGT60E # config system \nadmin /);
    expect(input()).toHaveValue('config system ');

    // Inside quotes `?` is just a character.
    await user.clear(input());
    await user.type(input(), 'set alias "why?');
    expect(input()).toHaveValue('set alias "why?');
  });

  it('Ctrl-C drops the line being typed and aborts a pending y/n question', async () => {
    const { user } = await openConsole();
    await user.type(input(), 'config sys');
    await user.keyboard('{Control>}c{/Control}');
    await waitFor(() => expect(output()).toHaveTextContent('FGT60E # config sys^C'));
    expect(input()).toHaveValue('');

    await user.type(input(), 'diag endpoint registration deregister all{Enter}');
    await waitFor(() => expect(prompt()).toBe('Do you want to continue? (y/n)'));
    await user.keyboard('{Control>}c{/Control}');
    await waitFor(() => expect(output()).toHaveTextContent('Command aborted.'));
    expect(prompt()).toBe('FGT60E # ');
    expect(endpoints()).toBe(6);
  });

  it('y/n: n aborts, y deregisters every endpoint and the open FortiClient Monitor empties', async () => {
    await fgt.current.api.put('/api/v2/cmdb/system/settings', { 'gui-endpoint-control': 'enable' });
    const { user } = await openConsole('/monitor/forticlient-monitor');
    const summary = await screen.findByRole('region', { name: 'Registration summary' });
    const total = () => within(summary).getByText('Total').nextElementSibling?.textContent;
    await waitFor(() => expect(total()).toBe('6'));

    await user.type(input(), 'diag endpoint registration deregister all{Enter}');
    await waitFor(() => expect(prompt()).toBe('Do you want to continue? (y/n)'));
    expect(output().textContent).toBe(
      'FGT60E # diag endpoint registration deregister all\nThis operation will deregister all FortiClients!',
    );
    await user.keyboard('n');
    await waitFor(() => expect(prompt()).toBe('FGT60E # '));
    expect(output().textContent).toMatch(/Do you want to continue\? \(y\/n\)n\nCommand aborted\.$/);
    expect(endpoints()).toBe(6);
    expect(total()).toBe('6');

    await user.type(input(), 'diag endpoint registration deregister all{Enter}');
    await waitFor(() => expect(prompt()).toBe('Do you want to continue? (y/n)'));
    await user.keyboard('y');
    await waitFor(() => expect(total()).toBe('0'));
    expect(endpoints()).toBe(0);
  });

  it('a y typed while the line is on its way answers the y/n question it brings, as the device reads a keystroke', async () => {
    const { user } = await openConsole();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The line's answer waits until released; the handler then passes it on to the device's.
    server.use(
      http.post('*/api/v2/fgsim/cli', async () => {
        await held;
      }),
    );
    await user.type(input(), 'diag endpoint registration deregister all{Enter}');
    await user.keyboard('y');
    expect(input()).toHaveValue('y');
    expect(prompt()).toBe('FGT60E # ');
    expect(endpoints()).toBe(6);
    release();
    await waitFor(() => expect(output()).toHaveTextContent('Do you want to continue? (y/n)y'));
    await waitFor(() => expect(endpoints()).toBe(0));
    expect(input()).toHaveValue('');
    await waitFor(() => expect(prompt()).toBe('FGT60E # '));
  });

  it('a console `set` shows at once in the open screens (the menu follows Feature Visibility)', async () => {
    const { user } = await openConsole('/dashboard/status');
    const menu = screen.getByRole('navigation', { name: 'Main menu' });
    expect(within(menu).queryByRole('button', { name: /Monitor/ })).toBeInTheDocument();
    await user.click(within(menu).getByRole('button', { name: /Monitor/ }));
    expect(within(menu).queryByRole('link', { name: 'FortiClient Monitor' })).not.toBeInTheDocument();

    await user.type(input(), 'config system settings{Enter}set gui-endpoint-control enable{Enter}');
    await waitFor(() => expect(prompt()).toBe('FGT60E (settings) # '));
    expect(within(menu).queryByRole('link', { name: 'FortiClient Monitor' })).not.toBeInTheDocument();
    await user.type(input(), 'end{Enter}');
    expect(await within(menu).findByRole('link', { name: 'FortiClient Monitor' })).toBeInTheDocument();
  });

  it('runs a multi-line paste line by line', async () => {
    const { user } = await openConsole();
    await user.click(input());
    await user.paste(
      'config system interface\nedit dmz\nset alias "DMZ zone"\nnext\nend\nshow system interface dmz | grep alias\nsh',
    );
    await waitFor(() => expect(output()).toHaveTextContent('set alias "DMZ zone"'));
    expect(prompt()).toBe('FGT60E # ');
    expect(input()).toHaveValue('sh');
    expect(fgt.current.device.find('system interface', 'dmz')?.alias).toBe('DMZ zone');
  });

  it('execute reboot: the going-down text, then the login page (a reboot ends every admin session)', async () => {
    const { user } = await openConsole();
    await user.type(input(), 'execute reboot{Enter}');
    await waitFor(() => expect(output()).toHaveTextContent('This operation will reboot the system !'));
    await user.keyboard('y');
    await waitFor(() => expect(output()).toHaveTextContent('The system is going down NOW !!'));
    const login = await screen.findByRole(
      'button',
      { name: 'Login' },
      { timeout: RECONNECT_DELAY_MS + 5_000 },
    );
    expect(screen.queryByRole('region', { name: 'CLI Console' })).not.toBeInTheDocument();

    // Logged in again: the console starts afresh, without the transcript from before the reboot.
    await user.type(screen.getByPlaceholderText('Username'), 'admin');
    await user.click(login);
    // The panel stays open across the login, as across navigation.
    await screen.findByRole('button', { name: 'CLI Console', pressed: true });
    await waitFor(() => expect(prompt()).toBe('FGT60E # '), { timeout: RECONNECT_DELAY_MS + 5_000 });
    expect(output().textContent).toBe('');
  });

  it('Escape closes the panel and gives focus back to >_; the panel stays open while navigating', async () => {
    const { user } = await openConsole();
    const button = screen.getByRole('button', { name: 'CLI Console' });
    await user.type(input(), 'get system status{Enter}');
    await waitFor(() => expect(output()).toHaveTextContent('Hostname: FGT60E'));

    await user.click(screen.getByRole('link', { name: 'Status' }));
    expect(panel()).toBeInTheDocument();

    await user.click(input());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'CLI Console' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-pressed', 'false');

    // Opened again from the keyboard: the scrollback is still there.
    await user.keyboard('{Enter}');
    await waitFor(() => expect(input()).toHaveFocus());
    expect(output()).toHaveTextContent('Hostname: FGT60E');
    await user.click(screen.getByRole('button', { name: 'Close CLI Console' }));
    expect(button).toHaveFocus();
  });

  it('resizes from its top edge with the keyboard and remembers the height', async () => {
    const { user } = await openConsole();
    const edge = screen.getByRole('separator', { name: 'Resize CLI Console' });
    expect(edge).toHaveAttribute('aria-valuenow', '300');
    edge.focus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(edge).toHaveAttribute('aria-valuenow', '340');
    expect(panel()).toHaveStyle({ height: '340px' });
    await user.keyboard('{Home}');
    expect(edge).toHaveAttribute('aria-valuenow', '120');
    expect(localStorage.getItem(CLI_PANEL_STORAGE_KEY)).toContain('"height":120');
  });

  it('Copy puts the scrollback and the prompt on the clipboard; Clear empties the screen', async () => {
    const { user } = await openConsole();
    await user.type(input(), 'get system status{Enter}');
    await waitFor(() => expect(output()).toHaveTextContent('Hostname: FGT60E'));
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await within(panel()).findByRole('status')).toHaveTextContent('Copied to the clipboard.');
    const copied = await navigator.clipboard.readText();
    expect(copied.startsWith('FGT60E # get system status\nVersion: FortiGate-60E')).toBe(true);
    expect(copied.endsWith('System time: Tue Jan 15 09:30:00 2019\nFGT60E # ')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(output().textContent).toBe('');
    expect(prompt()).toBe('FGT60E # ');
  });
});

describe('a console opening that waits its turn', { timeout: 30_000 }, () => {
  it('does nothing if its console ended meanwhile, so the next login starts with an empty transcript', async () => {
    // The journey `e2e/cli-console.spec.ts` "Backup, execute factoryreset, Restore…" met this: the
    // console reopened after the factory reset's login while its reconnect still held the queue; the
    // restore's reboot ended that login before the opening ran, and it printed "Connection to the
    // device failed: Not logged in." into the transcript the next login then showed.
    await logIn();
    await submit('execute factoryreset');
    // The answer's reboot makes the console wait RECONNECT_DELAY_MS before reconnecting, in the queue.
    const rebooting = submit('y');
    await waitFor(() => expect(useCliTranscript.getState().status).toBe('reconnecting'));
    const opening = connect();
    // The GUI learns the session is gone (src/app/login-store.ts `expired`): a new console session.
    endCliSession();
    await rebooting;
    await opening;
    expect(useCliTranscript.getState().lines).toEqual([]);
    expect(useCliTranscript.getState().status).toBe('closed');
  });
});
