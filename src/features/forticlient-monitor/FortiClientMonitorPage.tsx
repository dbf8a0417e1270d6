/**
 * Monitor › FortiClient Monitor (reference §9): the registered endpoints by interface, then by
 * compliance status, the registration summary, and the actions on the selected endpoint through the
 * monitor API. Every change — here, in the CLI (`diagnose endpoint registration deregister all`) or over
 * REST — bumps the device revision, and the page re-reads at once.
 */
import { useMemo, useState } from 'react';
import { monitor, refusalText, type EndpointRecord } from '../../client';
import { useResource } from '../../client/react';
import {
  Button,
  ConfirmDialog,
  Loading,
  Notice,
  PageHeader,
  showToast,
  TreeTable,
  type TreeTableColumn,
} from '../../ui';
import { actionApplies, actions, formatLastSeen, groupEndpoints, type ActionSpec } from './model';
import { RegistrationSummary } from './RegistrationSummary';
import './forticlient-monitor.css';

/** Text that may be cut off at the column's edge: an ellipsis, whole in its tooltip and on the row's hover or focus. */
const Clipped = ({ text }: { text: string }) => (
  <span className="fg-tree__clip" title={text}>
    {text}
  </span>
);

const columns: readonly TreeTableColumn<EndpointRecord>[] = [
  {
    id: 'host',
    header: 'Host',
    width: 'minmax(150px, 1.2fr)',
    render: (r) => <Clipped text={r.host_name} />,
  },
  { id: 'user', header: 'User', width: 'minmax(80px, 0.7fr)', render: (r) => r.user },
  { id: 'os', header: 'OS', width: 'minmax(100px, 1.6fr)', render: (r) => <Clipped text={r.os} /> },
  { id: 'version', header: 'FortiClient Version', width: '125px', render: (r) => r.fct_version },
  { id: 'ip', header: 'IP', width: '115px', render: (r) => r.ip },
  { id: 'mac', header: 'MAC', width: '135px', render: (r) => r.mac },
  {
    id: 'status',
    header: 'Status',
    width: '130px',
    render: (r) => (
      <>
        {r.online ? 'On-Net' : 'Off-Net'}
        {r.blocked && <span className="fg-fctmon__blocked">Blocked</span>}
      </>
    ),
  },
  { id: 'last-seen', header: 'Last Seen', width: '145px', render: (r) => formatLastSeen(r.last_seen) },
];

async function loadMonitor() {
  const [summary, endpoints] = await Promise.all([monitor.registrationSummary(), monitor.endpoints()]);
  return { summary, endpoints };
}

export function FortiClientMonitorPage() {
  const page = useResource(loadMonitor, []);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<ActionSpec | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const endpoints = page.data?.endpoints;
  const nodes = useMemo(() => groupEndpoints(endpoints ?? []), [endpoints]);
  const selected = endpoints?.find((r) => r.uid === selectedId);

  const run = async (spec: ActionSpec, endpoint: EndpointRecord): Promise<void> => {
    setConfirming(null);
    setBusy(true);
    setFailure(null);
    try {
      await monitor.endpointAction(spec.action, { uid: endpoint.uid });
      showToast('success', `${spec.label}: ${endpoint.host_name || endpoint.uid}`);
      if (spec.action === 'deregister') setSelectedId(null);
    } catch (e) {
      setFailure(refusalText(e));
    } finally {
      setBusy(false);
    }
  };

  const onAction = (spec: ActionSpec): void => {
    if (!selected) return;
    if (spec.confirm) setConfirming(spec);
    else void run(spec, selected);
  };

  return (
    <div className="fg-fctmon">
      <PageHeader title="FortiClient Monitor" />
      <div className="fg-page-body fg-fctmon__body">
        {page.error && <Notice kind="error">{page.error.message}</Notice>}
        {failure && <Notice kind="error">{failure}</Notice>}
        {page.data && <RegistrationSummary summary={page.data.summary} />}
        <div className="fg-fctmon__toolbar" role="toolbar" aria-label="Endpoint actions">
          {actions.map((spec) => (
            <Button
              key={spec.action}
              disabled={busy || !selected || !actionApplies(spec.action, selected)}
              onClick={() => onAction(spec)}
            >
              {spec.label}
            </Button>
          ))}
        </div>
        {page.data ? (
          <TreeTable
            label="Registered FortiClient endpoints"
            columns={columns}
            nodes={nodes}
            selectedId={selected ? selected.uid : null}
            onSelect={(row) => setSelectedId(row.id)}
            rowName={(r) => r.host_name}
            emptyMessage="No FortiClient endpoints registered"
          />
        ) : (
          !page.error && <Loading />
        )}
      </div>
      {confirming && selected && (
        <ConfirmDialog
          title={confirming.label}
          onConfirm={() => void run(confirming, selected)}
          onCancel={() => setConfirming(null)}
        >
          {confirming.confirm?.(selected.host_name || selected.uid)}
        </ConfirmDialog>
      )}
    </div>
  );
}
