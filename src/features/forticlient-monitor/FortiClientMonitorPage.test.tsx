import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// `useDevice` is no React hook; renamed so the hooks lint rule does not mistake it for one.
import { server, useDevice as startDevice, type NodeDevice } from '../../api/node';
import { login, noteRevision } from '../../client';
import { FortiClientMonitorPage } from './FortiClientMonitorPage';

// Pages load lazily and read several tables; on a busy CI machine that can take over a second.
configure({ asyncUtilTimeout: 5_000 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function open(scenario: Parameters<typeof startDevice>[0] = 'telemetry-on'): Promise<NodeDevice> {
  const fgt = startDevice(scenario);
  await login('admin', '');
  render(<FortiClientMonitorPage />);
  await screen.findByRole('treegrid', { name: 'Registered FortiClient endpoints' });
  return fgt;
}

const tree = () => screen.getByRole('treegrid', { name: 'Registered FortiClient endpoints' });

/** The group headers above a host's row: [interface, compliance status], read from the tree as drawn. */
function groupsOf(host: string): string[] {
  const path: string[] = [];
  // Plain selectors: role queries recompute every accessible name, which is slow over many rows.
  for (const row of tree().querySelectorAll('[role="row"][aria-level]')) {
    const level = Number(row.getAttribute('aria-level'));
    const cells = row.querySelectorAll('[role="gridcell"]');
    if (cells.length === 1 && cells[0]?.hasAttribute('aria-colspan')) {
      path.length = level - 1;
      path.push((cells[0].textContent ?? '').replace(/[▾▸]/g, '').trim());
    } else if (cells[0]?.textContent === host) return path.slice(0, level - 1);
  }
  return [];
}

const summaryCount = (label: string): string => {
  const summary = screen.getByRole('region', { name: 'Registration summary' });
  return within(summary).getByText(label).nextElementSibling?.textContent ?? '';
};

const records = async (fgt: NodeDevice) =>
  (await fgt.api.get('/api/v2/monitor/endpoint-control/record-list')).body.results as Array<{
    uid: string;
    host_name: string;
    compliance: string;
    last_seen: number;
  }>;

describe('FortiClient Monitor', { timeout: 30_000 }, () => {
  it('groups the six telemetry-on endpoints by interface, then compliance status', async () => {
    const fgt = await open();
    expect(groupsOf('WIN10-ACCT01')).toEqual(['internal (4)', 'Compliant (2)']);
    expect(groupsOf('MBP-DESIGN02')).toEqual(['internal (4)', 'Compliant (2)']);
    expect(groupsOf('WIN7-RECEPTION')).toEqual(['internal (4)', 'Non-compliant (1)']);
    expect(groupsOf('WIN10-LAB03')).toEqual(['internal (4)', 'Exempt (1)']);
    expect(groupsOf('LAPTOP-SALES01')).toEqual(['FCT-Dialup (2)', 'Compliant (1)']);
    expect(groupsOf('LAPTOP-SALES02')).toEqual(['FCT-Dialup (2)', 'Quarantined (1)']);
    expect(summaryCount('Total')).toBe('6');
    expect(summaryCount('Online')).toBe('5');
    expect(summaryCount('Quarantined')).toBe('1');

    const acct = (await records(fgt)).find((r) => r.host_name === 'WIN10-ACCT01');
    const row = within(tree()).getByRole('row', { name: /WIN10-ACCT01/ });
    const utc = new Date((acct?.last_seen ?? 0) * 1000).toISOString().replace('T', ' ').slice(0, 19);
    expect(row).toHaveTextContent(utc);
    expect(row).toHaveTextContent('jsmith');
    expect(row).toHaveTextContent('On-Net');
    expect(within(tree()).getByRole('row', { name: /MBP-DESIGN02/ })).toHaveTextContent('Off-Net');
  });

  it('deregisters the selected endpoint after confirmation, everywhere', async () => {
    const user = userEvent.setup();
    const fgt = await open();
    const deregister = screen.getByRole('button', { name: 'Deregister' });
    expect(deregister).toBeDisabled();
    await user.click(within(tree()).getByRole('row', { name: /WIN10-ACCT01/ }));
    await user.click(deregister);

    const dialog = screen.getByRole('dialog', { name: 'Deregister' });
    expect(dialog).toHaveTextContent('This operation will deregister WIN10-ACCT01!');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));

    await waitFor(() => expect(within(tree()).queryByRole('row', { name: /WIN10-ACCT01/ })).toBeNull());
    expect(summaryCount('Total')).toBe('5');
    expect(groupsOf('MBP-DESIGN02')).toEqual(['internal (3)', 'Compliant (1)']);
    expect((await records(fgt)).map((r) => r.host_name)).not.toContain('WIN10-ACCT01');
  });

  it('asks before nothing changes when the confirmation is cancelled', async () => {
    const user = userEvent.setup();
    const fgt = await open();
    await user.click(within(tree()).getByRole('row', { name: /WIN10-LAB03/ }));
    await user.click(screen.getByRole('button', { name: 'Block' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Block' })).getByRole('button', { name: 'Cancel' }),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await records(fgt)).toHaveLength(6);
    expect(within(tree()).getByRole('row', { name: /WIN10-LAB03/ })).not.toHaveTextContent('Blocked');
  });

  it('moves a quarantined endpoint to the Quarantined group, and back on release', async () => {
    const user = userEvent.setup();
    const fgt = await open();
    await user.click(within(tree()).getByRole('row', { name: /WIN7-RECEPTION/ }));
    expect(screen.getByRole('button', { name: 'Release quarantine' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Quarantine' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Quarantine' })).getByRole('button', { name: 'OK' }),
    );

    await waitFor(() => expect(groupsOf('WIN7-RECEPTION')).toEqual(['internal (4)', 'Quarantined (1)']));
    expect(summaryCount('Quarantined')).toBe('2');
    expect((await records(fgt)).find((r) => r.host_name === 'WIN7-RECEPTION')?.compliance).toBe(
      'quarantined',
    );

    await user.click(screen.getByRole('button', { name: 'Release quarantine' }));
    await waitFor(() => expect(groupsOf('WIN7-RECEPTION')).toEqual(['internal (4)', 'Non-compliant (1)']));
  });

  it('blocks and unblocks', async () => {
    const user = userEvent.setup();
    await open();
    await user.click(within(tree()).getByRole('row', { name: /LAPTOP-SALES01/ }));
    await user.click(screen.getByRole('button', { name: 'Block' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Block' })).getByRole('button', { name: 'OK' }),
    );
    await waitFor(() =>
      expect(within(tree()).getByRole('row', { name: /LAPTOP-SALES01/ })).toHaveTextContent('Blocked'),
    );
    await user.click(screen.getByRole('button', { name: 'Unblock' }));
    await waitFor(() =>
      expect(within(tree()).getByRole('row', { name: /LAPTOP-SALES01/ })).not.toHaveTextContent('Blocked'),
    );
  });

  it('empties at once when every endpoint is deregistered through another door', async () => {
    const fgt = await open();
    const uids = (await records(fgt)).map((r) => r.uid);
    expect(
      (await fgt.api.post('/api/v2/monitor/endpoint-control/registration/deregister', { uid: uids })).status,
    ).toBe(200);
    // What the browser's revision broadcast does when the CLI or another tab commits.
    act(() => noteRevision(fgt.device.revision));
    expect(await within(tree()).findByText('No FortiClient endpoints registered')).toBeInTheDocument();
    await waitFor(() => expect(summaryCount('Total')).toBe('0'));
  });

  it('shows the empty state when nothing is registered', async () => {
    await open('telemetry-off');
    expect(within(tree()).getByText('No FortiClient endpoints registered')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Deregister' })).toBeDisabled();
  });

  it('draws only the rows on screen with 10,000 endpoints', async () => {
    await open('large');
    expect(summaryCount('Total')).toBe('10000');
    const grid = tree();
    expect(Number(grid.getAttribute('aria-rowcount'))).toBeGreaterThan(10_000);
    expect(within(grid).getAllByRole('row').length).toBeLessThan(100);
  });
});
