/**
 * Security Fabric › Settings as data (reference §8). `system csf` holds FortiGate Telemetry, the group
 * and the upstream FortiGate; "FortiTelemetry enabled interfaces" is not stored there — it is the set
 * of interfaces whose `fortiheartbeat` is enable, so editing it means one PUT per interface changed.
 */
import type { CmdbRow } from '../../client';

export const CSF_PATH = 'system/csf';
export const INTERFACE_PATH = 'system/interface';
/** `upstream-ip` of a FortiGate that is the root of its fabric. */
export const NO_UPSTREAM = '0.0.0.0';

export interface FabricInterface {
  name: string;
  alias: string;
  fortitelemetry: boolean;
}

/** What the page shows: the device's values with the user's edits on top. */
export interface FabricView {
  status: boolean;
  groupName: string;
  /** A new password typed by the user ('' = leave as it is). */
  groupPassword: string;
  upstream: boolean;
  upstreamIp: string;
  telemetry: readonly string[];
}

/** The user's edits, field by field (absent = as on the device). */
export type FabricDraft = Partial<FabricView>;

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

export function fabricInterfaces(rows: readonly CmdbRow[]): FabricInterface[] {
  return rows.map((r) => ({
    name: text(r.name),
    alias: text(r.alias),
    fortitelemetry: r.fortiheartbeat === 'enable',
  }));
}

export function deviceView(csf: CmdbRow, interfaces: readonly FabricInterface[]): FabricView {
  const upstreamIp = text(csf['upstream-ip']) || NO_UPSTREAM;
  return {
    status: csf.status === 'enable',
    groupName: text(csf['group-name']),
    groupPassword: '',
    upstream: upstreamIp !== NO_UPSTREAM,
    upstreamIp: upstreamIp === NO_UPSTREAM ? '' : upstreamIp,
    telemetry: interfaces.filter((i) => i.fortitelemetry).map((i) => i.name),
  };
}

export interface ApplyPlan {
  /** The csf PUT body (changed keys only), or null. */
  csf: CmdbRow | null;
  /** Interfaces to set `fortiheartbeat enable` / `disable` on. */
  enable: string[];
  disable: string[];
}

export function applyPlan(device: FabricView, draft: FabricDraft): ApplyPlan {
  const view = { ...device, ...draft };
  const csf: CmdbRow = {};
  if (view.status !== device.status) csf.status = view.status ? 'enable' : 'disable';
  if (view.groupName !== device.groupName) csf['group-name'] = view.groupName;
  if (view.groupPassword !== '') csf['group-password'] = view.groupPassword;
  const upstreamIp = view.upstream ? view.upstreamIp.trim() : NO_UPSTREAM;
  const wasIp = device.upstream ? device.upstreamIp : NO_UPSTREAM;
  // An empty FortiGate IP is sent as it is: the device's refusal says what is wrong, beside the field.
  if (upstreamIp !== wasIp) csf['upstream-ip'] = upstreamIp;
  const before = new Set(device.telemetry);
  const after = new Set(view.telemetry);
  return {
    csf: Object.keys(csf).length ? csf : null,
    enable: view.telemetry.filter((n) => !before.has(n)),
    disable: device.telemetry.filter((n) => !after.has(n)),
  };
}

export const hasChanges = (plan: ApplyPlan): boolean =>
  plan.csf !== null || plan.enable.length > 0 || plan.disable.length > 0;
