/**
 * "What you changed" and "The same in the CLI" in the guide, over the real REST handlers: the lines
 * since the step began, live, with the door named; Copy puts them on the clipboard and says so; the
 * step's start survives Back/Next and a reload, and Reset starts again; a diff of thousands of lines
 * draws only its first lines.
 *
 * The expected lines are written as a 6.0 unit prints them (docs/fortios-6.0.md §3: four spaces a
 * level, `config …`/`end`, `edit "<name>"`/`next`; `set gui-endpoint-control enable` is the 6.0
 * `system settings` key of Feature Visibility's Endpoint Control, ansible `fortios_system_settings`).
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { announceRevision, logIn, renderConsole, setupConsoleDevice } from '../test/console';
import { GUIDE_STORAGE_KEY, initialGuide, useGuide } from './guide-store';
import { GUIDE_TITLE, steps } from './steps';

const device = setupConsoleDevice('telemetry-on');

const guide = () => screen.getByRole('complementary', { name: `Guide: ${GUIDE_TITLE}` });
const findGuide = () =>
  screen.findByRole('complementary', { name: `Guide: ${GUIDE_TITLE}` }, { timeout: 15_000 });
const changed = () => within(guide()).getByRole('region', { name: 'What you changed' });
const stepHeading = () => within(guide()).getByRole('heading', { level: 3 });
const NOTHING = 'Nothing yet: the device is as it was when this step began.';

/** Waits until the step's start is recorded and "What you changed" has read the device. */
async function begun(): Promise<void> {
  await waitFor(() => expect(changed()).toHaveTextContent(NOTHING), { timeout: 15_000 });
}

/** Lines typed through the CLI door (recorded as the CLI's), then the revision broadcast. */
async function cliLines(lines: readonly string[]): Promise<void> {
  for (const line of lines) {
    const answer = await device.current.api.post('/api/v2/fgsim/cli', { session: 'test', line });
    expect(answer.status).toBe(200);
  }
  act(() => announceRevision(device.current));
}

describe('what you changed, in the guide', { timeout: 30_000 }, () => {
  it('after a GUI change: the lines as the CLI, the door named, Copy to the clipboard with "Copied"', async () => {
    await logIn();
    useGuide.setState({ ...initialGuide, open: true });
    const { user } = renderConsole('/system/feature-visibility');
    await findGuide();
    await begun();
    expect(within(changed()).queryByRole('region', { name: 'The same in the CLI' })).toBeNull();

    await user.click(await screen.findByRole('switch', { name: 'Endpoint Control' }));
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    const same = await within(changed()).findByRole(
      'region',
      { name: 'The same in the CLI' },
      { timeout: 15_000 },
    );
    expect(changed()).toHaveTextContent('1 change since this step began, through the GUI: 3 lines of CLI.');
    const lines = within(same).getByRole('region', { name: 'CLI lines' });
    expect(lines.textContent).toBe(
      ['config system settings', '    set gui-endpoint-control enable', 'end'].join('\n'),
    );

    // Keyboard: the box of lines takes focus (it scrolls), Tab goes on to Copy, Enter copies.
    lines.focus();
    await user.tab();
    const copy = within(same).getByRole('button', { name: 'Copy' });
    expect(copy).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await within(same).findByRole('status')).toHaveTextContent('Copied');
    expect(await navigator.clipboard.readText()).toBe(
      'config system settings\n    set gui-endpoint-control enable\nend\n',
    );
  });

  it('names the CLI and the REST API as the doors of changes made there, live', async () => {
    await logIn();
    useGuide.setState({ ...initialGuide, open: true, current: 1 });
    renderConsole('/dashboard/status');
    await findGuide();
    expect(stepHeading()).toHaveTextContent(steps[1]!.title);
    await begun();

    await cliLines(['config system interface', 'edit dmz', 'set fortiheartbeat disable', 'next', 'end']);
    await waitFor(() =>
      expect(changed()).toHaveTextContent('1 change since this step began, through the CLI: 5 lines of CLI.'),
    );
    // Not a GUI change: the lines are what was typed, not something to copy into the CLI.
    expect(within(changed()).queryByRole('region', { name: 'The same in the CLI' })).toBeNull();
    expect(within(changed()).getByRole('region', { name: 'CLI lines' }).textContent).toBe(
      [
        'config system interface',
        '    edit "dmz"',
        '        set fortiheartbeat disable',
        '    next',
        'end',
      ].join('\n'),
    );

    expect((await device.current.api.put('/api/v2/cmdb/system/interface/dmz', { alias: 'DMZ' })).status).toBe(
      200,
    );
    act(() => announceRevision(device.current));
    await waitFor(() =>
      expect(changed()).toHaveTextContent(
        '2 changes since this step began, through the CLI and the REST API: 6 lines of CLI.',
      ),
    );
    expect(within(changed()).getByRole('region', { name: 'CLI lines' }).textContent).toContain(
      '        set alias "DMZ"',
    );
  });

  it('a step begins when first opened: Back/Next and a reload keep it, Reset starts again', async () => {
    await logIn();
    useGuide.setState({ ...initialGuide, open: true, current: 1 });
    const first = renderConsole('/dashboard/status');
    await findGuide();
    await begun();
    const stepTwoStart = useGuide.getState().starts[steps[1]!.id];
    expect(stepTwoStart).toBe(device.current.device.revision);
    await cliLines(['config system interface', 'edit dmz', 'set fortiheartbeat disable', 'end']);
    await waitFor(() => expect(changed()).toHaveTextContent('1 change since this step began'));

    // Step 3 begins now: nothing changed since. Back to step 2: its change is still there.
    await first.user.click(within(guide()).getByRole('button', { name: 'Next' }));
    expect(stepHeading()).toHaveTextContent(steps[2]!.title);
    await begun();
    await first.user.click(within(guide()).getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(changed()).toHaveTextContent('1 change since this step began'));

    // A reload: the store starts from scratch and reads what was stored.
    const stored = localStorage.getItem(GUIDE_STORAGE_KEY) ?? '';
    expect(Object.keys((JSON.parse(stored) as { state: { starts: object } }).state.starts)).toEqual([
      steps[1]!.id,
      steps[2]!.id,
    ]);
    first.unmount();
    useGuide.setState(initialGuide);
    localStorage.setItem(GUIDE_STORAGE_KEY, stored);
    await useGuide.persist.rehydrate();
    const { user } = renderConsole('/dashboard/status');
    await findGuide();
    expect(stepHeading()).toHaveTextContent(steps[1]!.title);
    await waitFor(() =>
      expect(changed()).toHaveTextContent('1 change since this step began, through the CLI'),
    );

    // Reset: the device goes back and every step begins again when next opened.
    await user.click(within(guide()).getByRole('button', { name: 'Reset' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Reset the guide' })).getByRole('button', { name: 'OK' }),
    );
    await waitFor(() => expect(stepHeading()).toHaveTextContent(steps[0]!.title));
    await begun();
    await user.click(within(guide()).getByRole('button', { name: 'Next' }));
    await begun();
    // The reset device's revision, as its change log records it.
    expect(useGuide.getState().starts[steps[1]!.id]).toBe(device.current.device.changeLog().at(-1)?.revision);
    expect(useGuide.getState().starts[steps[1]!.id]).not.toBe(stepTwoStart);
  });

  it('says so when the log no longer keeps the revision the step began at', async () => {
    await logIn();
    useGuide.setState({
      ...initialGuide,
      open: true,
      starts: { [steps[0]!.id]: 'ffffffffffffffffffffffffffffffff' },
    });
    renderConsole('/dashboard/status');
    await findGuide();
    await waitFor(
      () =>
        expect(changed()).toHaveTextContent(
          'The device’s change log no longer goes back to when this step began.Nothing since the oldest change the log keeps.',
        ),
      { timeout: 15_000 },
    );
  });

  it('a diff of thousands of lines draws the first 200 and counts the rest; Copy takes them all', async () => {
    await logIn();
    useGuide.setState({ ...initialGuide, open: true });
    const { user } = renderConsole('/dashboard/status');
    await findGuide();
    await begun();
    // 1,000 VLANs on wan1 in one change, as a pasted script would make them.
    device.current.device.transact(
      (tx) => {
        for (let i = 1; i <= 1000; i++)
          tx.create('system interface', {
            name: `vlan${i}`,
            type: 'vlan',
            interface: 'wan1',
            vlanid: i,
            vdom: 'root',
          });
      },
      { door: 'CLI', admin: 'admin' },
    );
    act(() => announceRevision(device.current));
    const lines = await within(changed()).findByRole('region', { name: 'CLI lines' }, { timeout: 15_000 });
    const total = Number(
      /: ([\d,]+) lines of CLI\./.exec(changed().textContent ?? '')?.[1]?.replace(/,/g, ''),
    );
    expect(total).toBeGreaterThan(5000);
    expect(lines.textContent?.split('\n')).toHaveLength(200);
    expect(changed()).toHaveTextContent(
      `…and ${(total - 200).toLocaleString('en-US')} more lines (Copy takes them all).`,
    );

    await user.click(within(changed()).getByRole('button', { name: 'Copy' }));
    expect(await within(changed()).findByRole('status')).toHaveTextContent('Copied');
    const copied = await navigator.clipboard.readText();
    expect(copied.split('\n')).toHaveLength(total + 1);
    expect(copied).toMatch(/^config system interface\n {4}edit "vlan1"\n/);
    expect(copied).toMatch(/\n {4}next\nend\n$/);
  });
});
