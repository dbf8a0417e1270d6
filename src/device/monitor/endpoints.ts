/**
 * The registered FortiClient endpoints as the FortiClient Monitor and the 6.0 monitor API see them,
 * and the actions on them. Deregistering removes the CMDB row and the monitor facts together.
 */
import type { ChangeOrigin, Device, Tx } from '../config';
import { DeviceError, notFound } from '../errors';
import { own, type EndpointInfo } from '../state';

const TABLE = 'endpoint-control registered-forticlient';

/**
 * One endpoint as the monitor answers it: its CMDB row's identity and what the monitor knows of it
 * (state.ts EndpointInfo), without the device's own bookkeeping (the status to release to).
 */
export interface EndpointRecord extends Omit<EndpointInfo, 'compliance_before_quarantine'> {
  uid: string;
  ip: string;
  mac: string;
}

export interface RegistrationSummary {
  total: number;
  online: number;
  offline: number;
  compliant: number;
  non_compliant: number;
  exempt: number;
  quarantined: number;
}

const unknownInfo: EndpointInfo = {
  host_name: '',
  user: '',
  os: '',
  fct_version: '',
  intf_name: '',
  compliance: 'non-compliant',
  blocked: false,
  online: false,
  last_seen: 0,
};

export function endpointRecords(device: Device, intfName?: string): EndpointRecord[] {
  const records: EndpointRecord[] = [];
  for (const row of device.rows(TABLE)) {
    const uid = String(row.uid);
    const info = own(device.state.endpoints, uid) ?? unknownInfo;
    if (intfName && info.intf_name !== intfName) continue;
    // Listed one by one: the answer's keys keep 6.0's order whatever order the state holds them in.
    records.push({
      uid,
      ip: String(row.ip),
      mac: String(row.mac),
      host_name: info.host_name,
      user: info.user,
      os: info.os,
      fct_version: info.fct_version,
      intf_name: info.intf_name,
      compliance: info.compliance,
      blocked: info.blocked,
      online: info.online,
      last_seen: info.last_seen,
    });
  }
  return records;
}

export function registrationSummary(device: Device): RegistrationSummary {
  const s: RegistrationSummary = {
    total: 0,
    online: 0,
    offline: 0,
    compliant: 0,
    non_compliant: 0,
    exempt: 0,
    quarantined: 0,
  };
  for (const r of endpointRecords(device)) {
    s.total++;
    if (r.online) s.online++;
    else s.offline++;
    if (r.compliance === 'compliant') s.compliant++;
    else if (r.compliance === 'non-compliant') s.non_compliant++;
    else if (r.compliance === 'exempt') s.exempt++;
    else s.quarantined++;
  }
  return s;
}

export type EndpointAction = 'deregister' | 'quarantine' | 'unquarantine' | 'block' | 'unblock';
export const endpointActions: readonly EndpointAction[] = [
  'deregister',
  'quarantine',
  'unquarantine',
  'block',
  'unblock',
];

/** Finds the endpoints named by uid and/or MAC (each a string or a list), in one transaction. */
function resolve(tx: Tx, selector: { uid?: unknown; mac?: unknown }): string[] {
  const list = (v: unknown): string[] =>
    v === undefined
      ? []
      : Array.isArray(v)
        ? v.map(String)
        : typeof v === 'string'
          ? [v]
          : [String(JSON.stringify(v))];
  const uids = list(selector.uid);
  const macs = list(selector.mac).map((m) => m.toLowerCase());
  if (uids.length === 0 && macs.length === 0)
    throw new DeviceError(-651, 'uid or mac is required', { field: 'uid', value: '' });
  const found: string[] = [];
  for (const uid of uids) {
    if (!tx.find(TABLE, uid)) throw notFound(uid);
    found.push(uid);
  }
  if (macs.length > 0) {
    // first row per MAC, as a scan in table order would find it
    const byMac = new Map<string, string>();
    for (const r of tx.rows(TABLE)) {
      const mac = String(r.mac).toLowerCase();
      if (!byMac.has(mac)) byMac.set(mac, String(r.uid));
    }
    for (const mac of macs) {
      const uid = byMac.get(mac);
      if (uid === undefined) throw notFound(mac);
      found.push(uid);
    }
  }
  return [...new Set(found)];
}

/** Applies a FortiClient Monitor action; returns the uids it touched. */
export function endpointAction(
  device: Device,
  action: EndpointAction,
  selector: { uid?: unknown; mac?: unknown },
  origin?: ChangeOrigin,
): string[] {
  return device.transact((tx) => {
    const uids = resolve(tx, selector);
    for (const uid of uids) applyAction(tx, action, uid);
    return uids;
  }, origin);
}

function applyAction(tx: Tx, action: EndpointAction, uid: string): void {
  if (action === 'deregister') {
    tx.remove(TABLE, uid);
    return;
  }
  const info = tx.endpoint(uid) ?? unknownInfo;
  let next: EndpointInfo = info;
  if (action === 'quarantine' && info.compliance !== 'quarantined')
    next = { ...info, compliance: 'quarantined', compliance_before_quarantine: info.compliance };
  if (action === 'unquarantine' && info.compliance === 'quarantined') {
    const { compliance_before_quarantine: before, ...rest } = info;
    next = { ...rest, compliance: before ?? 'non-compliant' };
  }
  if (action === 'block') next = { ...info, blocked: true };
  if (action === 'unblock') next = { ...info, blocked: false };
  if (next !== info) tx.setEndpoint(uid, next);
}

/** `diagnose endpoint registration deregister all` */
export function deregisterAll(device: Device, origin?: ChangeOrigin): number {
  return device.transact((tx) => {
    const uids = tx.rows(TABLE).map((r) => String(r.uid));
    for (const uid of uids) tx.remove(TABLE, uid);
    return uids.length;
  }, origin);
}
