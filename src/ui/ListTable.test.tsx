import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ListTable, useChosen } from '.';

interface Row {
  id: number;
  name: string;
}

/** A list page in miniature: the table and a line that says which rows are chosen, in order. */
function Page({ rows, sorted = false }: { rows: Row[]; sorted?: boolean }) {
  const { chosen, toggle, clear } = useChosen(
    rows.map((r) => r.id),
    sorted ? (a, b) => a - b : undefined,
  );
  return (
    <>
      <p>Chosen: {chosen.join(',')}</p>
      <button onClick={clear}>Clear</button>
      <ListTable
        rows={rows}
        rowKey={(r) => r.id}
        chosen={chosen}
        onToggle={toggle}
        selectLabel={(r) => `Select ${r.name}`}
        empty="Nothing here"
        columns={[
          { header: 'ID', cell: (r) => r.id },
          { header: 'Name', cell: (r) => r.name },
        ]}
      />
    </>
  );
}

const rows: Row[] = [
  { id: 3, name: 'three' },
  { id: 1, name: 'one' },
  { id: 2, name: 'two' },
];

describe('ListTable', () => {
  it('names its columns and each row checkbox, the first column being the checkboxes', () => {
    render(<Page rows={rows} />);
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Selected', 'ID', 'Name']);
    const first = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(
      within(first)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['', '3', 'three']);
    expect(within(first).getByRole('checkbox', { name: 'Select three' })).not.toBeChecked();
  });

  it('keeps the rows in the order they were ticked, or sorted, and forgets unticked and unlisted ones', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Page rows={rows} />);
    await user.click(screen.getByRole('checkbox', { name: 'Select two' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select three' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select one' }));
    expect(screen.getByText('Chosen: 2,3,1')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Select three' }));
    expect(screen.getByText('Chosen: 2,1')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select three' })).not.toBeChecked();

    rerender(<Page rows={rows.filter((r) => r.id !== 2)} />);
    expect(screen.getByText('Chosen: 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByText('Chosen:')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select one' })).not.toBeChecked();
  });

  it('sorts the chosen rows when asked, and says so when there are no rows', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Page rows={rows} sorted />);
    await user.click(screen.getByRole('checkbox', { name: 'Select two' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select one' }));
    expect(screen.getByText('Chosen: 1,2')).toBeInTheDocument();
    rerender(<Page rows={[]} sorted />);
    expect(screen.getByRole('cell', { name: 'Nothing here' })).toBeInTheDocument();
  });
});
