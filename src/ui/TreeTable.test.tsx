import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TreeTable, type TreeNode, type TreeRowNode, type TreeTableColumn } from './TreeTable';

interface Item {
  name: string;
  ip: string;
}

const columns: TreeTableColumn<Item>[] = [
  { id: 'name', header: 'Name', render: (r) => r.name },
  { id: 'ip', header: 'IP', render: (r) => r.ip },
];

const row = (name: string, children?: TreeNode<Item>[]): TreeRowNode<Item> => ({
  kind: 'row',
  id: name,
  data: { name, ip: `ip-of-${name}` },
  ...(children ? { children } : {}),
});

const sample: TreeNode<Item>[] = [
  {
    kind: 'group',
    id: 'physical',
    label: 'Physical Interface',
    children: [row('wan1', [row('tunnel-a'), row('tunnel-b')]), row('dmz')],
  },
  { kind: 'group', id: 'tunnel', label: 'Tunnel Interface', children: [row('ssl.root')] },
];

function Harness({
  nodes = sample,
  onOpen = () => {},
}: {
  nodes?: TreeNode<Item>[];
  onOpen?: (id: string) => void;
}) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <TreeTable
      label="Things"
      columns={columns}
      nodes={nodes}
      selectedId={selected}
      onSelect={(r) => setSelected(r.id)}
      onOpen={(r) => onOpen(r.id)}
      rowName={(r) => r.name}
    />
  );
}

const rowNamed = (name: string): HTMLElement =>
  screen.getByRole('row', { name: new RegExp(`\\b${name}\\b`) });

describe('TreeTable', () => {
  it('shows group headers with counts and keeps children closed until expanded', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const grid = screen.getByRole('treegrid', { name: 'Things' });
    expect(within(grid).getByRole('row', { name: /Physical Interface \(2\)/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(within(grid).getByRole('row', { name: /Tunnel Interface \(1\)/ })).toBeInTheDocument();
    expect(rowNamed('wan1')).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('row', { name: /tunnel-a/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Expand wan1' }));
    expect(rowNamed('wan1')).toHaveAttribute('aria-expanded', 'true');
    expect(rowNamed('tunnel-a')).toHaveAttribute('aria-level', '3');
    expect(rowNamed('tunnel-b')).toHaveAttribute('aria-posinset', '2');

    await user.click(screen.getByRole('row', { name: /Physical Interface/ }));
    expect(screen.queryByRole('row', { name: /\bdmz\b/ })).toBeNull();
  });

  it('is operable by keyboard: move, expand, go to parent, select and open', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(<Harness onOpen={onOpen} />);
    await user.tab();
    expect(screen.getByRole('row', { name: /Physical Interface/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(rowNamed('wan1')).toHaveFocus();
    expect(rowNamed('wan1')).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(rowNamed('wan1')).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowRight}');
    expect(rowNamed('tunnel-a')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(rowNamed('wan1')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(rowNamed('wan1')).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{End}');
    expect(rowNamed('ssl.root')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith('ssl.root');
  });

  it('opens a row on double-click', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(<Harness onOpen={onOpen} />);
    await user.dblClick(within(rowNamed('dmz')).getByText('ip-of-dmz'));
    expect(onOpen).toHaveBeenCalledWith('dmz');
  });

  it('draws only the rows on screen of a 10,000-row table and keeps the real positions', async () => {
    const user = userEvent.setup();
    const many: TreeNode<Item>[] = [
      {
        kind: 'group',
        id: 'all',
        label: 'Endpoints',
        children: Array.from({ length: 10_000 }, (_, i) => row(`host${String(i).padStart(5, '0')}`)),
      },
    ];
    render(<Harness nodes={many} />);
    const grid = screen.getByRole('treegrid');
    expect(grid).toHaveAttribute('aria-rowcount', '10002');
    expect(within(grid).getAllByRole('row').length).toBeLessThan(80);
    await user.tab();
    await user.keyboard('{End}');
    const lastRow = rowNamed('host09999');
    expect(lastRow).toHaveFocus();
    expect(lastRow).toHaveAttribute('aria-rowindex', '10002');
    expect(within(grid).getAllByRole('row').length).toBeLessThan(80);
  });

  it('says so when there is nothing to show', () => {
    render(<Harness nodes={[]} />);
    expect(screen.getByRole('gridcell', { name: 'No entries' })).toBeInTheDocument();
  });
});
