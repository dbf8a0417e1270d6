/**
 * The guide in the console, over the real REST handlers: opened from the header, a checklist ticked
 * from the device (a change through another door ticks it without a reload, and says so), Show me,
 * Back/Next, the deep link, Reset, and what survives a reload.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announceRevision, logIn, renderConsole, setupConsoleDevice } from '../test/console';
import { GUIDE_STORAGE_KEY, initialGuide, useGuide } from './guide-store';
import { SEARCH_TIMEOUT_MS } from './Highlight';
import { GUIDE_TITLE, steps } from './steps';
import { HIGHLIGHT_ATTRIBUTE } from './target';

const device = setupConsoleDevice('telemetry-on');

beforeEach(() => {
  useGuide.setState(initialGuide);
});
afterEach(() => {
  vi.useRealTimers();
});

const guide = () => screen.getByRole('complementary', { name: `Guide: ${GUIDE_TITLE}` });
const findGuide = () =>
  screen.findByRole('complementary', { name: `Guide: ${GUIDE_TITLE}` }, { timeout: 15_000 });
const checklist = () => within(guide()).getByRole('list', { name: 'Steps' });
const statuses = () =>
  within(checklist())
    .getAllByRole('img')
    .map((i) => i.getAttribute('aria-label'));
const liveRegion = () => guide().querySelector('[aria-live="polite"]');
const stepHeading = () => within(guide()).getByRole('heading', { level: 3 });

/** A change made through the REST API (a script, another tool), then the revision broadcast. */
async function restChange(path: string, body: unknown): Promise<void> {
  const answer = await device.current.api.put(path, body);
  expect(answer.status).toBe(200);
  act(() => announceRevision(device.current));
}

describe('the guide panel', { timeout: 30_000 }, () => {
  it('opens from the header, takes focus, and shows the unticked checklist of the procedure', async () => {
    await logIn();
    const { user } = renderConsole('/dashboard/status');
    const button = within(screen.getByRole('banner')).getByRole('button', { name: 'Guide' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    const panel = await findGuide();
    expect(button).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus());
    await waitFor(() => expect(statuses()).toEqual(steps.map(() => 'to do')));
    expect(within(panel).getByText('0 of 5 steps done')).toBeInTheDocument();
    expect(
      within(checklist())
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(steps.map((s, i) => `${i + 1}. ${s.title}`));
    expect(within(checklist()).getByRole('button', { current: 'step' })).toHaveTextContent(steps[0]!.title);
    expect(stepHeading()).toHaveTextContent(steps[0]!.title);
  });

  it('ticks a step changed through the REST API without a reload, and announces it', async () => {
    await logIn();
    useGuide.setState({ open: true });
    renderConsole('/dashboard/status');
    await findGuide();
    await waitFor(() => expect(statuses()).toEqual(['to do', 'to do', 'to do', 'to do', 'to do']));
    expect(liveRegion()).toHaveTextContent('');

    await restChange('/api/v2/cmdb/system/settings', { 'gui-endpoint-control': 'enable' });
    await waitFor(() => expect(statuses()).toEqual(['done', 'to do', 'to do', 'to do', 'to do']));
    expect(liveRegion()).toHaveTextContent(`Step 1 of 5 done: ${steps[0]!.title}.`);
    expect(within(guide()).getByText('1 of 5 steps done')).toBeInTheDocument();

    await restChange('/api/v2/cmdb/system/interface/ssl.root', { fortiheartbeat: 'disable' });
    await waitFor(() => expect(statuses()).toEqual(['done', 'to do', 'done', 'to do', 'to do']));
    expect(liveRegion()).toHaveTextContent(`Step 3 of 5 done: ${steps[2]!.title}.`);
  });

  it('Next, Back and the checklist choose the step; the hint opens on demand', async () => {
    await logIn();
    useGuide.setState({ open: true });
    const { user } = renderConsole('/dashboard/status');
    await findGuide();
    const back = within(guide()).getByRole('button', { name: 'Back' });
    expect(back).toBeDisabled();
    await user.click(within(guide()).getByRole('button', { name: 'Next' }));
    expect(stepHeading()).toHaveTextContent(steps[1]!.title);
    expect(stepHeading()).toHaveFocus();
    await user.click(within(checklist()).getByRole('button', { name: new RegExp(steps[4]!.title) }));
    expect(stepHeading()).toHaveTextContent(steps[4]!.title);
    expect(within(guide()).getByRole('button', { name: 'Next' })).toBeDisabled();
    await user.click(within(guide()).getByRole('button', { name: 'Back' }));
    expect(stepHeading()).toHaveTextContent(steps[3]!.title);
    expect(stepHeading()).toHaveFocus();

    const hint = within(guide()).getByRole('button', { name: 'Hint' });
    expect(hint).toHaveAttribute('aria-expanded', 'false');
    expect(within(guide()).queryByText(steps[3]!.hint)).not.toBeVisible();
    await user.click(hint);
    expect(hint).toHaveAttribute('aria-expanded', 'true');
    expect(within(guide()).getByText(steps[3]!.hint)).toBeVisible();
  });

  it('Show me goes to the step’s page, outlines its control and takes focus there', async () => {
    await logIn();
    useGuide.setState({ open: true, current: 2 });
    const { user, router } = renderConsole('/dashboard/status');
    await findGuide();
    const showMe = within(guide()).getByRole('button', { name: 'Show me' });
    await user.click(showMe);
    await waitFor(() => expect(router.state.location.pathname).toBe(steps[2]!.route), { timeout: 15_000 });
    await waitFor(() => expect(useGuide.getState().highlightStatus).toBe('shown'), { timeout: 15_000 });
    const outline = document.querySelector(`[${HIGHLIGHT_ATTRIBUTE}]`);
    expect(outline).toHaveAttribute(HIGHLIGHT_ATTRIBUTE, 'Allow Endpoint Registration');
    expect(outline).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('switch', { name: 'Allow Endpoint Registration' })).toHaveFocus();

    await user.click(
      within(screen.getByRole('navigation', { name: 'Main menu' })).getByRole('link', { name: 'Status' }),
    );
    await waitFor(() => expect(document.querySelector(`[${HIGHLIGHT_ATTRIBUTE}]`)).toBeNull());
    expect(useGuide.getState().highlight).toBeNull();
  });

  it('Show me says why it cannot find a control on a page that is still hidden', async () => {
    await logIn();
    useGuide.setState({ open: true, current: 3 });
    const { user } = renderConsole('/dashboard/status');
    await findGuide();
    await waitFor(() => expect(statuses()).toHaveLength(5));
    await user.click(within(guide()).getByRole('button', { name: 'Show me' }));
    expect(
      await screen.findByText('This feature is not visible.', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    vi.setSystemTime(Date.now() + SEARCH_TIMEOUT_MS + 1000);
    expect(await within(guide()).findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent(
      'Could not find the default link on this page. The page is shown only once step 1 is done.',
    );
  });

  it('a deep link opens the guide at its step and leaves the address clean', async () => {
    await logIn();
    const { router } = renderConsole('/dashboard/status?guide=fortitelemetry&step=3');
    await findGuide();
    expect(stepHeading()).toHaveTextContent(steps[2]!.title);
    expect(router.state.location.search).toBe('');
    expect(router.state.location.pathname).toBe('/dashboard/status');
  });

  it('open state and step survive a reload; Escape closes it and gives focus back to Guide', async () => {
    await logIn();
    const first = renderConsole('/dashboard/status');
    await first.user.click(screen.getByRole('button', { name: 'Guide' }));
    await findGuide();
    await first.user.click(within(guide()).getByRole('button', { name: 'Next' }));
    const stored = localStorage.getItem(GUIDE_STORAGE_KEY) ?? '';
    expect(JSON.parse(stored)).toMatchObject({ state: { open: true, current: 1 } });
    first.unmount();

    // A reload: the store starts from scratch and reads what was stored.
    useGuide.setState(initialGuide);
    localStorage.setItem(GUIDE_STORAGE_KEY, stored);
    await useGuide.persist.rehydrate();
    const { user } = renderConsole('/dashboard/status');
    await findGuide();
    expect(stepHeading()).toHaveTextContent(steps[1]!.title);
    await user.click(within(guide()).getByRole('button', { name: 'Hint' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: `Guide: ${GUIDE_TITLE}` })).toBeNull();
    expect(screen.getByRole('button', { name: 'Guide' })).toHaveFocus();
  });

  it('Reset puts the device back to telemetry-on, unticks everything and starts at step 1', async () => {
    await device.current.api.put('/api/v2/cmdb/system/settings', { 'gui-endpoint-control': 'enable' });
    await device.current.api.put('/api/v2/cmdb/system/interface/ssl.root', { fortiheartbeat: 'disable' });
    await logIn();
    useGuide.setState({ open: true, current: 3 });
    const { user } = renderConsole('/dashboard/status');
    await findGuide();
    await waitFor(() => expect(statuses()).toEqual(['done', 'to do', 'done', 'to do', 'to do']));

    await user.click(within(guide()).getByRole('button', { name: 'Reset' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset the guide' });
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(statuses()).toEqual(steps.map(() => 'to do')));
    expect(stepHeading()).toHaveTextContent(steps[0]!.title);
    expect(liveRegion()).toHaveTextContent('The device is back where the procedure starts. Step 1 of 5.');
    const settings = await device.current.api.get('/api/v2/cmdb/system/settings');
    expect(settings.body.results['gui-endpoint-control']).toBe('disable');
  });

  it('shows the summary once every step is done', async () => {
    await logIn();
    await device.current.api.post('/api/v2/fgsim/scenario', { name: 'telemetry-off' });
    useGuide.setState({ open: true });
    renderConsole('/dashboard/status');
    await findGuide();
    const summary = await within(guide()).findByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent('All steps are done: FortiTelemetry is off on this FortiGate.');
    for (const s of steps) expect(summary).toHaveTextContent(s.result);
    expect(within(guide()).getByText('5 of 5 steps done')).toBeInTheDocument();
  });
});
