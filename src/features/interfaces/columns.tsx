/** The columns of Network › Interfaces (reference §5). Every user-typed string is rendered as text. */
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

export const interfaceColumns: readonly TreeTableColumn<InterfaceItem>[] = [
  { id: 'status', header: 'Status', width: '64px', render: (i) => <LinkStatus link={i.link} /> },
  { id: 'name', header: 'Name', width: 'minmax(200px, 1.5fr)', render: (i) => <NameWithAlias item={i} /> },
  { id: 'members', header: 'Members', width: 'minmax(90px, 1fr)', render: (i) => i.members },
  { id: 'ip', header: 'IP/Netmask', width: '150px', render: (i) => i.address },
  { id: 'type', header: 'Type', width: '150px', render: (i) => i.typeLabel },
  { id: 'access', header: 'Access', width: 'minmax(220px, 2fr)', render: (i) => i.access.join(' ') },
  { id: 'ref', header: 'Ref.', width: '56px', render: (i) => (i.ref === undefined ? '' : String(i.ref)) },
];
