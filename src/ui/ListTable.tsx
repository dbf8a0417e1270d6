/**
 * A list page's table of rows that the toolbar's buttons act on (FortiClient Compliance Profiles,
 * Revisions): the first column is each row's checkbox, named for screen readers, and a chosen row is
 * shaded. `useChosen` keeps which rows are chosen, forgetting any that are no longer listed.
 */
import { useState, type ReactNode } from 'react';

export interface ListTableColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

export interface ListTableProps<T, K extends string | number> {
  rows: readonly T[];
  rowKey: (row: T) => K;
  columns: readonly ListTableColumn<T>[];
  chosen: readonly K[];
  onToggle: (key: K, on: boolean) => void;
  /** The accessible name of a row's checkbox (`Select default`). */
  selectLabel: (row: T) => string;
  /** Shown in one row when there are none. */
  empty?: string;
  onRowDoubleClick?: (row: T) => void;
}

export function ListTable<T, K extends string | number>({
  rows,
  rowKey,
  columns,
  chosen,
  onToggle,
  selectLabel,
  empty,
  onRowDoubleClick,
}: ListTableProps<T, K>) {
  return (
    <table className="fg-list-table">
      <thead>
        <tr>
          <th scope="col">
            <span className="fg-visually-hidden">Selected</span>
          </th>
          {columns.map((c) => (
            <th key={c.header} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && empty !== undefined && (
          <tr>
            <td colSpan={columns.length + 1}>{empty}</td>
          </tr>
        )}
        {rows.map((row) => {
          const key = rowKey(row);
          const isChosen = chosen.includes(key);
          return (
            <tr
              key={key}
              className={isChosen ? 'fg-list-table__row--selected' : undefined}
              onDoubleClick={onRowDoubleClick && (() => onRowDoubleClick(row))}
            >
              <td>
                <input
                  type="checkbox"
                  aria-label={selectLabel(row)}
                  checked={isChosen}
                  onChange={(e) => onToggle(key, e.target.checked)}
                />
              </td>
              {columns.map((c) => (
                <td key={c.header}>{c.cell(row)}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * The rows chosen among `listed`, in the order they were ticked, or sorted by `order`. A chosen row
 * that is no longer listed (deleted, from another door too) is no longer chosen.
 */
export function useChosen<K extends string | number>(
  listed: readonly K[],
  order?: (a: K, b: K) => number,
): { chosen: K[]; toggle: (key: K, on: boolean) => void; clear: () => void } {
  const [ticked, setTicked] = useState<K[]>([]);
  const present = new Set(listed);
  const chosen = ticked.filter((k) => present.has(k));
  if (order) chosen.sort(order);
  const toggle = (key: K, on: boolean): void =>
    setTicked((s) => (on ? [...s.filter((k) => k !== key), key] : s.filter((k) => k !== key)));
  return { chosen, toggle, clear: () => setTicked([]) };
}
