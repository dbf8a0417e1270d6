/**
 * The Edit / New Interface form as data: the draft a row opens as, which fields a type shows, and the
 * body OK sends — only the fields that changed (PUT), or the new row's fields that differ from the
 * table's defaults (POST). Values are checked by the device, not here: its -651 comes back with the
 * field it is about and is shown beside that field.
 */
import type { CmdbRow } from '../../client';
import { inAccessOrder } from './labels';
import { maskOf, toSlash } from './ipv4';

export interface InterfaceDraft {
  name: string;
  type: string;
  /** `interface`: the parent of a VLAN (or the port a tunnel is bound to). */
  parent: string;
  vlanid: string;
  alias: string;
  role: string;
  mode: string;
  ip: string;
  remoteIp: string;
  /** `allowaccess` keywords. */
  access: readonly string[];
  fortiheartbeat: boolean;
  endpointCompliance: boolean;
  deviceIdentification: boolean;
  description: string;
  status: string;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const words = (v: unknown): string[] => text(v).split(/\s+/).filter(Boolean);

/**
 * The same address in the device's form (`a.b.c.d m.m.m.m`) when it reads as one, for telling whether
 * the user changed it; anything else is returned as typed, for the device to judge.
 */
export function canonicalIp(typed: string): string {
  const t = typed.trim();
  const slash = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(t);
  if (slash && Number(slash[2]) <= 32) return `${slash[1]} ${maskOf(Number(slash[2]))}`;
  return t.split(/\s+/).join(' ');
}

export function draftOf(row: CmdbRow): InterfaceDraft {
  return {
    name: text(row.name),
    type: text(row.type),
    parent: text(row.interface),
    vlanid: text(row.vlanid),
    alias: text(row.alias),
    role: text(row.role) || 'undefined',
    mode: text(row.mode) || 'static',
    ip: toSlash(text(row.ip)),
    remoteIp: toSlash(text(row['remote-ip'])),
    access: words(row.allowaccess),
    fortiheartbeat: row.fortiheartbeat === 'enable',
    endpointCompliance: row['endpoint-compliance'] === 'enable',
    deviceIdentification: row['device-identification'] === 'enable',
    description: text(row.description),
    status: text(row.status) || 'up',
  };
}

/** What the page shows for an interface of `type`. */
export interface Shown {
  /** Addressing mode Manual/DHCP/PPPoE (ports, VLANs, switches; not tunnels or loopbacks). */
  mode: boolean;
  /** A tunnel's Remote IP/Network Mask. */
  remoteIp: boolean;
  /** Interface (the parent) and VLAN ID. */
  vlan: boolean;
}

export function shownFor(type: string): Shown {
  return {
    mode: !['tunnel', 'loopback'].includes(type),
    remoteIp: type === 'tunnel',
    vlan: type === 'vlan',
  };
}

const onOff = (on: boolean): string => (on ? 'enable' : 'disable');

/**
 * The draft as REST fields (the ones this form edits). "Enforce FortiClient compliance" is a
 * sub-option of FortiTelemetry: with FortiTelemetry off it is hidden and sent as off.
 */
function editedFields(d: InterfaceDraft, accessOrder: readonly string[]): CmdbRow {
  const shown = shownFor(d.type);
  return {
    alias: d.alias,
    role: d.role,
    ...(shown.mode ? { mode: d.mode } : {}),
    ...(!shown.mode || d.mode === 'static' ? { ip: d.ip } : {}),
    ...(shown.remoteIp ? { 'remote-ip': d.remoteIp } : {}),
    allowaccess: inAccessOrder(accessOrder, d.access).join(' '),
    fortiheartbeat: onOff(d.fortiheartbeat),
    'endpoint-compliance': onOff(d.fortiheartbeat && d.endpointCompliance),
    'device-identification': onOff(d.deviceIdentification),
    description: d.description,
    status: d.status,
  };
}

const sameValue = (key: string, a: unknown, b: unknown): boolean => {
  if (key === 'ip' || key === 'remote-ip') return canonicalIp(text(a)) === canonicalIp(text(b));
  if (key === 'allowaccess') return words(a).sort().join(' ') === words(b).sort().join(' ');
  return text(a) === text(b);
};

/**
 * The PUT body: only what differs from `original` (empty when nothing changed); `allowaccess` in
 * `accessOrder`, the schema's (AccessWords.order).
 */
export function changesOf(original: CmdbRow, draft: InterfaceDraft, accessOrder: readonly string[]): CmdbRow {
  const out: CmdbRow = {};
  for (const [key, value] of Object.entries(editedFields(draft, accessOrder))) {
    const before = key === 'ip' || key === 'remote-ip' ? toSlash(text(original[key])) : original[key];
    if (!sameValue(key, before, value)) out[key] = value;
  }
  return out;
}

/**
 * The POST body of a new VLAN or loopback: its identity, and what differs from the table's defaults.
 * An address left empty is not sent (the new interface keeps the default, no address).
 */
export function createBody(
  defaults: CmdbRow,
  draft: InterfaceDraft,
  accessOrder: readonly string[],
): CmdbRow {
  const changed = changesOf(defaults, draft, accessOrder);
  for (const key of ['ip', 'remote-ip']) if (changed[key] === '') delete changed[key];
  return {
    name: draft.name.trim(),
    type: draft.type,
    ...(draft.type === 'vlan' ? { interface: draft.parent, vlanid: draft.vlanid.trim() } : {}),
    ...changed,
  };
}
