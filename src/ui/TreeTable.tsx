/**
 * A grouped, nested, windowed table: the FortiOS list pages (Network › Interfaces with its type groups and
 * tunnels under their port, the FortiClient Monitor's endpoints by interface and status).
 *
 * - `nodes` is a tree of group headers (label and count, spanning the row, open by default) and data
 *   rows (which may have children, closed by default).
 * - ARIA `treegrid` with row focus: ↑/↓, Home/End, PageUp/PageDown move; → opens or goes to the first
 *   child, ← closes or goes to the parent; Enter opens a row (`onOpen`) or toggles a group; Space selects.
 *   Selection follows the keyboard; click selects, double-click opens.
 * - Windowing: rows have a fixed height and only those in the scrolled viewport (plus a margin) are in
 *   the DOM, so 10,000 rows cost what 40 do. `aria-rowcount`/`aria-rowindex` keep the real positions.
 */
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import './tree-table.css';

export interface TreeTableColumn<T> {
  id: string;
  header: string;
  /** A CSS grid track: `80px`, `minmax(160px, 2fr)` … (default `1fr`). */
  width?: string;
  render: (row: T) => ReactNode;
}

export interface TreeGroupNode<T> {
  kind: 'group';
  id: string;
  label: string;
  /** Shown as `label (count)`; defaults to the number of children. */
  count?: number;
  children: readonly TreeNode<T>[];
}

export interface TreeRowNode<T> {
  kind: 'row';
  id: string;
  data: T;
  children?: readonly TreeNode<T>[];
}

export type TreeNode<T> = TreeGroupNode<T> | TreeRowNode<T>;

export interface TreeTableProps<T> {
  /** The accessible name of the table. */
  label: string;
  columns: readonly TreeTableColumn<T>[];
  nodes: readonly TreeNode<T>[];
  /** The column that carries the indentation and the expand/collapse control (default: the first). */
  treeColumn?: string;
  selectedId?: string | null;
  onSelect?: (row: TreeRowNode<T>) => void;
  /** Double-click or Enter on a data row. */
  onOpen?: (row: TreeRowNode<T>) => void;
  /** Whether a node starts open: by default groups are open and rows with children closed. */
  defaultExpanded?: (node: TreeNode<T>) => boolean;
  /**
   * The open/close choices, when the caller keeps them (to survive leaving the page): node id → open.
   * Nodes not in the map follow `defaultExpanded`.
   */
  expanded?: ReadonlyMap<string, boolean>;
  onExpandedChange?: (next: ReadonlyMap<string, boolean>) => void;
  rowHeight?: number;
  /** Shown instead of the rows when there are none. */
  emptyMessage?: string;
  /** A row's name in the expand/collapse control's label (`Expand wan1`); default: its id. */
  rowName?: (row: T) => string;
}

interface FlatRow<T> {
  node: TreeNode<T>;
  level: number;
  /** Index of the parent in the flat list, -1 at the top. */
  parent: number;
  posinset: number;
  setsize: number;
  /** undefined when the node has no children. */
  expanded: boolean | undefined;
}

const OVERSCAN = 8;
/** Viewport height used before (or without) layout, e.g. in jsdom. */
const FALLBACK_VISIBLE_ROWS = 40;

const groupsOpenRowsClosed = <T,>(node: TreeNode<T>): boolean => node.kind === 'group';
const hasChildren = <T,>(node: TreeNode<T>): boolean => (node.children?.length ?? 0) > 0;

function flatten<T>(nodes: readonly TreeNode<T>[], isExpanded: (node: TreeNode<T>) => boolean): FlatRow<T>[] {
  const out: FlatRow<T>[] = [];
  const walk = (list: readonly TreeNode<T>[], level: number, parent: number): void => {
    list.forEach((node, i) => {
      const expanded = hasChildren(node) ? isExpanded(node) : undefined;
      const index = out.length;
      out.push({ node, level, parent, posinset: i + 1, setsize: list.length, expanded });
      if (expanded && node.children) walk(node.children, level + 1, index);
    });
  };
  walk(nodes, 1, -1);
  return out;
}

export function TreeTable<T>({
  label,
  columns,
  nodes,
  treeColumn,
  selectedId = null,
  onSelect,
  onOpen,
  defaultExpanded = groupsOpenRowsClosed,
  expanded,
  onExpandedChange,
  rowHeight = 28,
  emptyMessage = 'No entries',
  rowName,
}: TreeTableProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  /** The open/close choices the user made, when the caller does not keep them. */
  const [overrides, setOverrides] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const [activeId, setActiveId] = useState<string | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);

  const open = expanded ?? overrides;
  const rows = useMemo(
    () => flatten(nodes, (n) => open?.get(n.id) ?? defaultExpanded(n)),
    [nodes, open, defaultExpanded],
  );
  const indexOf = useMemo(() => new Map(rows.map((r, i) => [r.node.id, i])), [rows]);

  const toggle = (row: FlatRow<T>, to = !row.expanded): void => {
    if (expanded) {
      onExpandedChange?.(new Map(expanded).set(row.node.id, to));
      return;
    }
    const next = new Map(open).set(row.node.id, to);
    setOverrides(next);
    onExpandedChange?.(next);
  };

  const measured = useCallback((el: HTMLDivElement | null) => {
    scroller.current = el;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    setViewport(el.clientHeight);
    return () => observer.disconnect();
  }, []);

  const height = viewport > 0 ? viewport : (FALLBACK_VISIBLE_ROWS + 1) * rowHeight;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);

  const fromActive = activeId === null ? undefined : indexOf.get(activeId);
  const fromSelected = selectedId === null ? undefined : indexOf.get(selectedId);
  const active = Math.min(fromActive ?? fromSelected ?? 0, Math.max(0, rows.length - 1));
  // The row Tab lands on: the active one, or the first drawn one when the active row is scrolled away.
  const tabStop = active >= first && active < last ? active : first;

  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.focus({ preventScroll: true });
  });

  /** Scrolls so that row `index` is below the sticky header and inside the viewport. */
  const reveal = (index: number): void => {
    const el = scroller.current;
    const shown = el && el.clientHeight > 0 ? el.clientHeight : height;
    const top = index * rowHeight;
    let next = scrollTop;
    if (top < scrollTop) next = top;
    else if (top + 2 * rowHeight > scrollTop + shown) next = top + 2 * rowHeight - shown;
    if (next !== scrollTop) {
      if (el) el.scrollTop = next;
      setScrollTop(next);
    }
  };

  // Coming back to a list (after editing a row), the selected row is scrolled into view once.
  const revealSelected = useRef(true);
  useLayoutEffect(() => {
    if (!revealSelected.current) return;
    revealSelected.current = false;
    if (fromSelected !== undefined) reveal(fromSelected);
  });

  const moveTo = (index: number): void => {
    const target = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!target) return;
    const i = indexOf.get(target.node.id) ?? 0;
    setActiveId(target.node.id);
    if (target.node.kind === 'row') onSelect?.(target.node);
    reveal(i);
    focusPending.current = true;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>, index: number): void => {
    const row = rows[index];
    if (!row) return;
    const page = Math.max(1, Math.floor(height / rowHeight) - 2);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(index + 1),
      ArrowUp: () => moveTo(index - 1),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      PageDown: () => moveTo(index + page),
      PageUp: () => moveTo(index - page),
      ArrowRight: () => {
        if (row.expanded === false) toggle(row, true);
        else if (row.expanded) moveTo(index + 1);
      },
      ArrowLeft: () => {
        if (row.expanded) toggle(row, false);
        else if (row.parent >= 0) moveTo(row.parent);
      },
      Enter: () => {
        if (row.node.kind === 'row' && onOpen) onOpen(row.node);
        else if (row.expanded !== undefined) toggle(row);
      },
      ' ': () => {
        if (row.node.kind === 'row') onSelect?.(row.node);
        else toggle(row);
      },
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  const template = columns.map((c) => c.width ?? '1fr').join(' ');
  const treeCol = treeColumn ?? columns[0]?.id;
  const gridStyle: CSSProperties = { gridTemplateColumns: template, height: rowHeight };

  const twisty = (row: FlatRow<T>, name: string): ReactNode =>
    row.expanded === undefined ? (
      <span className="fg-tree__twisty-space" />
    ) : (
      <button
        type="button"
        tabIndex={-1}
        className="fg-tree__twisty"
        aria-label={`${row.expanded ? 'Collapse' : 'Expand'} ${name}`}
        onClick={(e) => {
          e.stopPropagation();
          setActiveId(row.node.id);
          toggle(row);
        }}
        onDoubleClick={(e) => e.stopPropagation()}
      >
        <span aria-hidden="true">{row.expanded ? '▾' : '▸'}</span>
      </button>
    );

  const renderRow = (row: FlatRow<T>, index: number): ReactNode => {
    const { node } = row;
    const indent: CSSProperties = { paddingInlineStart: 8 + (row.level - 1) * 14 };
    const common = {
      role: 'row',
      'data-index': index,
      'aria-rowindex': index + 2,
      'aria-level': row.level,
      'aria-posinset': row.posinset,
      'aria-setsize': row.setsize,
      'aria-expanded': row.expanded,
      tabIndex: index === tabStop ? 0 : -1,
      style: gridStyle,
      onFocus: () => setActiveId(node.id),
      onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => onKeyDown(e, index),
    } as const;
    if (node.kind === 'group') {
      const count = node.count ?? node.children.length;
      return (
        <div
          key={node.id}
          {...common}
          className="fg-tree__row fg-tree__row--group"
          onClick={() => {
            setActiveId(node.id);
            toggle(row);
          }}
        >
          <div role="gridcell" aria-colspan={columns.length} className="fg-tree__cell" style={indent}>
            {twisty(row, node.label)}
            <span className="fg-tree__group-label">
              {node.label} ({count})
            </span>
          </div>
        </div>
      );
    }
    const selected = node.id === selectedId;
    return (
      <div
        key={node.id}
        {...common}
        aria-selected={onSelect ? selected : undefined}
        className={`fg-tree__row${selected ? ' fg-tree__row--selected' : ''}`}
        onClick={() => {
          setActiveId(node.id);
          onSelect?.(node);
        }}
        onDoubleClick={() => onOpen?.(node)}
      >
        {columns.map((c) => (
          <div
            key={c.id}
            role="gridcell"
            className="fg-tree__cell"
            style={c.id === treeCol ? indent : undefined}
          >
            {c.id === treeCol && twisty(row, rowName ? rowName(node.data) : node.id)}
            {c.render(node.data)}
          </div>
        ))}
      </div>
    );
  };

  return (
    <div
      ref={measured}
      role="treegrid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      // With no rows there is nothing to focus inside, yet the table may scroll sideways: keyboard
      // users must still be able to reach and scroll it (axe: scrollable-region-focusable).
      tabIndex={rows.length === 0 ? 0 : undefined}
      className="fg-tree"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div role="rowgroup" className="fg-tree__head">
        <div role="row" aria-rowindex={1} className="fg-tree__row" style={gridStyle}>
          {columns.map((c) => (
            <div key={c.id} role="columnheader" className="fg-tree__cell">
              {c.header}
            </div>
          ))}
        </div>
      </div>
      {rows.length === 0 ? (
        <div role="rowgroup">
          <div role="row" aria-rowindex={2} className="fg-tree__row fg-tree__row--empty">
            <div role="gridcell" aria-colspan={columns.length} className="fg-tree__cell">
              {emptyMessage}
            </div>
          </div>
        </div>
      ) : (
        <div className="fg-tree__sizer" style={{ height: rows.length * rowHeight }}>
          <div role="rowgroup" style={{ transform: `translateY(${first * rowHeight}px)` }}>
            {rows.slice(first, last).map((row, i) => renderRow(row, first + i))}
          </div>
        </div>
      )}
    </div>
  );
}
