/**
 * Monitor › FortiClient Monitor as data (reference §9): registered endpoints grouped by interface, then
 * by compliance status, and which actions apply to an endpoint in its current state.
 */
import type { Compliance, EndpointAction, EndpointRecord } from '../../client';
import type { TreeGroupNode, TreeNode } from '../../ui';

/** The compliance groups under each interface, in the order the page shows them. */
export const complianceGroups: ReadonlyArray<{ status: Compliance; label: string }> = [
  { status: 'compliant', label: 'Compliant' },
  { status: 'non-compliant', label: 'Non-compliant' },
  { status: 'exempt', label: 'Exempt' },
  { status: 'quarantined', label: 'Quarantined' },
];

/** Interface → compliance status → endpoints. Interfaces sort by name; endpoints by host name, then uid. */
export function groupEndpoints(records: readonly EndpointRecord[]): TreeNode<EndpointRecord>[] {
  const byInterface = new Map<string, Map<Compliance, EndpointRecord[]>>();
  for (const r of records) {
    let statuses = byInterface.get(r.intf_name);
    if (!statuses) byInterface.set(r.intf_name, (statuses = new Map()));
    const list = statuses.get(r.compliance);
    if (list) list.push(r);
    else statuses.set(r.compliance, [r]);
  }
  const byHost = (a: EndpointRecord, b: EndpointRecord): number =>
    a.host_name.localeCompare(b.host_name, 'en') || a.uid.localeCompare(b.uid, 'en');
  return [...byInterface.keys()]
    .sort((a, b) => a.localeCompare(b, 'en'))
    .map((intf): TreeGroupNode<EndpointRecord> => {
      const statuses = byInterface.get(intf) ?? new Map<Compliance, EndpointRecord[]>();
      const children = complianceGroups.flatMap(({ status, label }): TreeGroupNode<EndpointRecord>[] => {
        const list = statuses.get(status);
        if (!list) return [];
        return [
          {
            kind: 'group',
            id: `interface\u0000${intf}\u0000${status}`,
            label,
            children: list.sort(byHost).map((r) => ({ kind: 'row', id: r.uid, data: r })),
          },
        ];
      });
      const count = children.reduce((n, g) => n + g.children.length, 0);
      return {
        kind: 'group',
        id: `interface\u0000${intf}`,
        label: intf || 'Unknown interface',
        count,
        children,
      };
    });
}

/** Whether an action makes sense for an endpoint now (Release quarantine only when quarantined …). */
export function actionApplies(action: EndpointAction, r: EndpointRecord): boolean {
  switch (action) {
    case 'quarantine':
      return r.compliance !== 'quarantined';
    case 'unquarantine':
      return r.compliance === 'quarantined';
    case 'block':
      return !r.blocked;
    case 'unblock':
      return r.blocked;
    case 'deregister':
      return true;
  }
}

export interface ActionSpec {
  action: EndpointAction;
  label: string;
  /** The question asked before the action runs; absent when it runs at once. */
  confirm?: (host: string) => string;
}

/** The toolbar, in the GUI's order. Actions that cut an endpoint off ask first. */
export const actions: readonly ActionSpec[] = [
  {
    action: 'quarantine',
    label: 'Quarantine',
    confirm: (host) => `Quarantine ${host}? It will have no network access until it is released.`,
  },
  { action: 'unquarantine', label: 'Release quarantine' },
  {
    action: 'block',
    label: 'Block',
    confirm: (host) => `Block ${host}? Its traffic will be blocked until it is unblocked.`,
  },
  { action: 'unblock', label: 'Unblock' },
  {
    action: 'deregister',
    label: 'Deregister',
    confirm: (host) => `This operation will deregister ${host}! Do you want to continue?`,
  },
];

const pad = (n: number): string => String(n).padStart(2, '0');

/** The device's `last_seen` (epoch seconds) as `YYYY-MM-DD HH:MM:SS` in UTC — never the browser's clock or zone. */
export function formatLastSeen(epochSeconds: number): string {
  if (!Number.isFinite(epochSeconds) || epochSeconds <= 0) return '';
  const d = new Date(epochSeconds * 1000);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}
