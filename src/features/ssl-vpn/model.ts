/**
 * VPN › SSL-VPN Settings as data: the form's choices derived from `vpn ssl settings` (and
 * `fortiheartbeat` on `ssl.root`), the user's pending edits, and what Apply sends. Nothing here talks
 * to the device.
 */
import type { CmdbRow, CmdbValue } from '../../client';

export const SETTINGS_PATH = 'vpn.ssl/settings';
export const INTERFACE_PATH = 'system/interface';
/**
 * Decision (reference §6): 6.0 has no `vpn ssl settings` key for "Allow Endpoint Registration"; the
 * toggle shows and sets `fortiheartbeat` on the SSL-VPN tunnel interface.
 */
export const SSL_INTERFACE = 'ssl.root';
/** The factory address range tunnel users get when addresses are assigned automatically. */
export const AUTO_POOL = 'SSLVPN_TUNNEL_ADDR1';
export const NO_DNS = '0.0.0.0';

export type RestrictMode = 'any' | 'limit';
export type AddressMode = 'auto' | 'custom';
export type DnsMode = 'client' | 'specify';

export interface PortalRule {
  id: number;
  groups: string[];
  users: string[];
  portal: string;
}

/** What the user changed and has not applied yet; anything absent shows the device's value. */
export interface SslVpnDraft {
  /** Changed keys of `vpn ssl settings`, in REST form. */
  settings: CmdbRow;
  heartbeat?: boolean;
  restrict?: RestrictMode;
  addressRange?: AddressMode;
  dns?: DnsMode;
}

export const emptyDraft = (): SslVpnDraft => ({ settings: {} });

/** `[{ name }]` → names. */
export function names(value: CmdbValue | undefined): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((v) => String((v as { name?: unknown }).name ?? ''));
}

export const nameRefs = (list: readonly string[]): Array<{ name: string }> => list.map((name) => ({ name }));

export const restrictModeOf = (row: CmdbRow): RestrictMode =>
  names(row['source-address']).length === 0 ? 'any' : 'limit';

/**
 * Decision: "Automatically assign addresses" is the factory range alone (or no range, which leaves the
 * portal's own pools); choosing it writes the factory range. Anything else is a custom range.
 */
export function addressModeOf(row: CmdbRow): AddressMode {
  const pools = names(row['tunnel-ip-pools']);
  return pools.length === 0 || (pools.length === 1 && pools[0] === AUTO_POOL) ? 'auto' : 'custom';
}

/** `0.0.0.0` in both DNS servers means tunnel clients keep their own system DNS. */
export const dnsModeOf = (row: CmdbRow): DnsMode =>
  (row['dns-server1'] ?? NO_DNS) === NO_DNS && (row['dns-server2'] ?? NO_DNS) === NO_DNS
    ? 'client'
    : 'specify';

export function rulesOf(row: CmdbRow): PortalRule[] {
  const raw = row['authentication-rule'];
  if (!Array.isArray(raw)) return [];
  return (raw as CmdbRow[]).map((r) => ({
    id: Number(r.id),
    groups: names(r.groups),
    users: names(r.users),
    portal: String(r.portal ?? ''),
  }));
}

export const rulesToRest = (rules: readonly PortalRule[]): CmdbRow[] =>
  rules.map((r) => ({ id: r.id, groups: nameRefs(r.groups), users: nameRefs(r.users), portal: r.portal }));

/** The next free rule id (the device numbers rules from 1). */
export const nextRuleId = (rules: readonly PortalRule[]): number =>
  rules.reduce((max, r) => Math.max(max, r.id), 0) + 1;

/** The settings as the form shows them: the device's values with the user's edits on top. */
export const shown = (current: CmdbRow, draft: SslVpnDraft): CmdbRow => ({ ...current, ...draft.settings });

const same = (a: CmdbValue | undefined, b: CmdbValue | undefined): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** Problems the GUI itself catches before asking the device (a mode chosen but left empty). */
export type FormProblems = Partial<Record<'source-address' | 'tunnel-ip-pools' | 'dns-server1', string>>;

export interface ApplyPlan {
  /** The changed keys of `vpn ssl settings` (one PUT), or undefined when none changed. */
  settings?: CmdbRow;
  /** The new `fortiheartbeat` of `ssl.root` (one PUT), or undefined when unchanged. */
  heartbeat?: 'enable' | 'disable';
  problems: FormProblems;
}

/** What Apply sends: only the keys that differ from the device, and the interface only if it changed. */
export function applyPlan(current: CmdbRow, heartbeatOn: boolean, draft: SslVpnDraft): ApplyPlan {
  const view = shown(current, draft);
  const problems: FormProblems = {};
  if ((draft.restrict ?? restrictModeOf(current)) === 'limit' && names(view['source-address']).length === 0)
    problems['source-address'] = 'Select at least one address.';
  if (
    (draft.addressRange ?? addressModeOf(current)) === 'custom' &&
    names(view['tunnel-ip-pools']).length === 0
  )
    problems['tunnel-ip-pools'] = 'Select at least one address range.';
  if ((draft.dns ?? dnsModeOf(current)) === 'specify' && view['dns-server1'] === NO_DNS)
    problems['dns-server1'] = 'Enter a DNS server.';

  const settings: CmdbRow = {};
  for (const [key, value] of Object.entries(draft.settings))
    if (!same(value, current[key])) settings[key] = value;
  const plan: ApplyPlan = { problems };
  if (Object.keys(settings).length > 0) plan.settings = settings;
  if (draft.heartbeat !== undefined && draft.heartbeat !== heartbeatOn)
    plan.heartbeat = draft.heartbeat ? 'enable' : 'disable';
  return plan;
}

export const hasChanges = (plan: ApplyPlan): boolean =>
  plan.settings !== undefined || plan.heartbeat !== undefined;

/** The choices, plus the current value if the device no longer has it (so it is shown, not replaced). */
export const withCurrent = (choices: readonly string[], current: string): string[] =>
  current === '' || choices.includes(current) ? [...choices] : [current, ...choices];
