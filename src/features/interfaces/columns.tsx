/** The columns of Network › Interfaces (reference §5). Every user-typed string is rendered as text. */
import { useCallback, useState } from 'react';
import type { TreeTableColumn } from '../../ui';
import type { InterfaceItem } from './model';

function LinkStatus({ link }: { link: boolean | undefined }) {
  if (link === undefined) return <span className="fg-link">—</span>;
  const label = link ? 'Up' : 'Down';
  return (
    <span className={`fg-link fg-link--${link ? 'up' : 'down'}`} role="img" aria-label={label} title={label}>
      {link ? '▲' : '▼'}
    </span>
  );
}

function NameWithAlias({ item }: { item: InterfaceItem }) {
  return (
    <span className="fg-if-name" title={item.alias ? `${item.name} (${item.alias})` : item.name}>
      {item.name}
      {item.alias && <span className="fg-if-name__alias"> ({item.alias})</span>}
    </span>
  );
}

/** Text that may be cut off at the column's edge: whole in its tooltip, and on the row's hover or focus. */
const Clipped = ({ text, leftward = false }: { text: string; leftward?: boolean }) => (
  <span className={`fg-clip fg-tree__clip${leftward ? ' fg-tree__clip--leftward' : ''}`} title={text}>
    {text}
  </span>
);

/**
 * The widths, by priority (interfaces.css): as the page narrows (a 1024-wide screen, the guide open),
 * Members and Ref. go first, then Type, then IP/Netmask, so that Access stays on screen and in full;
 * once they are all gone (the list 600 px wide or less), rows take two lines and Access wraps onto the
 * second, as a long Access list does in 6.0's own table.
 */
const w = (column: string, width: string): string => `var(--fg-if-w-${column}, ${width})`;

export const interfaceColumns: readonly TreeTableColumn<InterfaceItem>[] = [
  { id: 'status', header: 'Status', width: w('status', '56px'), render: (i) => <LinkStatus link={i.link} /> },
  {
    id: 'name',
    header: 'Name',
    width: w('name', 'minmax(150px, 1fr)'),
    render: (i) => <NameWithAlias item={i} />,
  },
  {
    id: 'members',
    header: 'Members',
    width: w('members', 'minmax(70px, 0.6fr)'),
    render: (i) => <Clipped text={i.members} />,
  },
  { id: 'ip', header: 'IP/Netmask', width: w('ip', '130px'), render: (i) => i.address },
  { id: 'type', header: 'Type', width: w('type', '130px'), render: (i) => i.typeLabel },
  // Wide enough for the longest usual set (HTTPS … SSH FortiTelemetry): the word step 2 looks for.
  {
    id: 'access',
    header: 'Access',
    width: w('access', 'minmax(400px, 3fr)'),
    render: (i) => <Clipped text={i.access.join(' ')} leftward />,
  },
  {
    id: 'ref',
    header: 'Ref.',
    width: w('ref', '48px'),
    render: (i) => (i.ref === undefined ? '' : String(i.ref)),
  },
];

/** The list's width (its content box) at and below which rows have two lines: the last priority step. */
export const TWO_LINES_AT = 600;
const ROW_HEIGHT = { 1: 28, 2: 40 } as const;

/**
 * One or two lines a row, from the width of the element `measure` is given (the list's body, the
 * container of interfaces.css's column steps): the tree's fixed row height (its windowing) follows it.
 */
export function useRowLines(): {
  count: 1 | 2;
  rowHeight: number;
  measure: (el: HTMLElement | null) => () => void;
} {
  const [count, setCount] = useState<1 | 2>(1);
  const measure = useCallback((el: HTMLElement | null) => {
    if (!el || typeof ResizeObserver === 'undefined') return () => undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setCount(entry.contentRect.width <= TWO_LINES_AT ? 2 : 1);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { count, rowHeight: ROW_HEIGHT[count], measure };
}
