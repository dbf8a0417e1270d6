/**
 * Network › Interfaces: the interface list grouped by type, tunnels and VLANs under their port, with
 * Create New / Edit / Delete and a search. Reads the table (with `Ref.` from `with_meta`) and the
 * monitor's link state and leases; re-reads on any device change.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { cmdb, monitor, refusalText, type CmdbRow, type InterfaceStatus } from '../../client';
import { useResource } from '../../client/react';
import {
  Button,
  ConfirmDialog,
  Loading,
  Notice,
  PageHeader,
  showToast,
  TreeTable,
  type TreeNode,
} from '../../ui';
import { interfaceColumns, useRowLines } from './columns';
import { accessWordsOf, type AccessWords } from './labels';
import { useInterfaceListView } from './list-view';
import { buildTree, filterTree, LIST_FIELDS, toItem, withSwitchPorts, type InterfaceItem } from './model';
import { interfaceEditUrl, urls } from '../../urls';
import './interfaces.css';

/**
 * The interfaces, and the hardware switches' ports: on a 60E `internal`'s members are the `port` rows
 * of `system virtual-switch`, not a field of the interface (docs/fortios-6.0.md §4.2); and the words
 * of the Access column, from the table's schema answer.
 */
const loadRows = async (): Promise<{ rows: CmdbRow[]; words: AccessWords }> => {
  const [rows, switches, schema] = await Promise.all([
    cmdb.list('system/interface', { with_meta: 1, format: LIST_FIELDS.join('|') }),
    cmdb.list('system/virtual-switch', { format: 'name|port' }),
    cmdb.schema('system/interface'),
  ]);
  return { rows: withSwitchPorts(rows, switches), words: accessWordsOf(schema) };
};

/**
 * Link state and leases come second: on a 5,000-tunnel device the monitor answer is as big as the
 * table, so the list is drawn first and the Status column and DHCP addresses fill in after.
 */
const loadStatus = (rowsLoaded: boolean): Promise<Record<string, InterfaceStatus> | undefined> =>
  rowsLoaded ? monitor.interfaces() : Promise.resolve(undefined);

export function InterfacesPage() {
  const navigate = useNavigate();
  const { data: list, error } = useResource(loadRows, []);
  const rows = list?.rows;
  const { data: status } = useResource(() => loadStatus(rows !== undefined), [rows !== undefined]);
  const items = useMemo(
    () => list?.rows.map((r) => toItem(r, status?.[String(r.name)], list.words)),
    [list, status],
  );
  const { query, expanded, selected, setQuery, setExpanded, select } = useInterfaceListView();
  const [confirming, setConfirming] = useState<InterfaceItem | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  // Back from Edit Interface (OK or Cancel): focus returns to the row that was open, once it is drawn.
  const returning = (useLocation().state as { returnToRow?: boolean } | null)?.returnToRow === true;
  const returned = useRef(false);
  useEffect(() => {
    if (!returning || returned.current || !items) return;
    const row = document.querySelector<HTMLElement>(
      '[role="treegrid"][aria-label="Interfaces"] [role="row"][aria-selected="true"]',
    );
    if (!row) return;
    returned.current = true;
    row.focus();
  }, [returning, items]);

  const { count: rowLines, rowHeight, measure: measureRows } = useRowLines();
  const tree = useMemo(() => buildTree(items ?? []), [items]);
  const filtered = useMemo(() => filterTree(tree, query), [tree, query]);
  const byName = useMemo(() => new Map((items ?? []).map((i) => [i.name, i])), [items]);
  const selectedItem = selected === null ? undefined : byName.get(selected);
  const startsOpen = useCallback(
    (n: TreeNode<InterfaceItem>) => n.kind === 'group' || filtered.open.has(n.id),
    [filtered],
  );

  const open = (name: string): void => {
    void navigate(interfaceEditUrl(name));
  };

  const remove = async (item: InterfaceItem): Promise<void> => {
    setConfirming(null);
    try {
      await cmdb.remove('system/interface', item.name);
      select(null);
      setDeleteError(null);
      showToast('success', `Deleted ${item.name}`);
    } catch (e) {
      const message = refusalText(e);
      setDeleteError(message);
      showToast('error', message);
    }
  };

  return (
    <div className="fg-interfaces">
      <PageHeader title="Interfaces" />
      <div className="fg-interfaces__body" ref={measureRows} data-row-lines={rowLines}>
        <div className="fg-toolbar" role="toolbar" aria-label="Interfaces">
          <Button onClick={() => void navigate(urls.interfaceCreate)}>+ Create New</Button>
          <Button disabled={!selectedItem} onClick={() => selectedItem && open(selectedItem.name)}>
            Edit
          </Button>
          <Button
            disabled={!selectedItem}
            onClick={() => {
              setDeleteError(null);
              if (selectedItem) setConfirming(selectedItem);
            }}
          >
            Delete
          </Button>
          <input
            type="search"
            className="fg-toolbar__search"
            placeholder="Search"
            aria-label="Search interfaces"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        {items && error && <Notice kind="error">{error.message}</Notice>}
        {deleteError && <Notice kind="error">{deleteError}</Notice>}
        {!items && <Loading error={error} />}
        {items && (
          <TreeTable
            label="Interfaces"
            columns={interfaceColumns}
            nodes={filtered.nodes}
            treeColumn="name"
            rowName={(i) => i.name}
            selectedId={selected}
            onSelect={(r) => select(r.id)}
            onOpen={(r) => open(r.id)}
            defaultExpanded={startsOpen}
            expanded={expanded}
            onExpandedChange={setExpanded}
            emptyMessage={query ? 'No matching interfaces' : 'No interfaces'}
            rowHeight={rowHeight}
          />
        )}
      </div>
      {confirming && (
        <ConfirmDialog onConfirm={() => void remove(confirming)} onCancel={() => setConfirming(null)}>
          Are you sure you want to delete the interface {confirming.name}?
        </ConfirmDialog>
      )}
    </div>
  );
}
