import type { Row } from './schema';

/** One CMDB table's data: rows in order for a table, one object for a single-object table. */
export type TableData = Row[] | Row;
/** The configuration tree, keyed by CLI path (`system interface`). */
export type Config = Record<string, TableData>;

/** What the device is, as `get system status` and the REST envelope tell it. */
export interface Identity {
  model: string;
  model_name: string;
  model_number: string;
  serial: string;
  version: string;
  build: number;
  /** e.g. `FGT60E-6.0.4-FW-build0231` — the first line of a configuration backup. */
  configVersion: string;
}

export type Compliance = 'compliant' | 'non-compliant' | 'exempt' | 'quarantined';

/** What the FortiClient Monitor knows of a registered endpoint beyond its CMDB row. */
export interface EndpointInfo {
  host_name: string;
  user: string;
  os: string;
  fct_version: string;
  intf_name: string;
  compliance: Compliance;
  /** The status to return to on Release quarantine. */
  compliance_before_quarantine?: Compliance;
  blocked: boolean;
  online: boolean;
  /** Seconds since the epoch, from the device clock. */
  last_seen: number;
}

/** Link facts of an interface that are not configuration (a DHCP lease, link up/down, speed). */
export interface LinkInfo {
  link: boolean;
  speed: number;
  /** Address obtained by DHCP/PPPoE, `a.b.c.d m.m.m.m`. */
  leased?: string;
  mac: string;
}

export interface DeviceState {
  scenario: string;
  identity: Identity;
  config: Config;
  endpoints: Record<string, EndpointInfo>;
  links: Record<string, LinkInfo>;
  /** Epoch ms when the device booted (uptime = clock − bootTime). */
  bootTime: number;
  /** Counts committed changes; the revision is derived from it. */
  changes: number;
  /** Config tables (and `endpoints`) changed since the scenario was built — what persistence stores. */
  touched: string[];
  /** Saved configuration revisions (`execute backup config flash`), oldest first; absent when none. */
  revisions?: readonly SavedRevision[];
}

/**
 * One saved configuration revision, as `execute revision list config` lists it. The configuration is
 * kept as the device's own snapshot text (./persist.ts `snapshotText`): only what differs from the
 * scenario, so a revision of `large` costs the size of its changes, not 3 MB.
 */
export interface SavedRevision {
  id: number;
  /** Device clock, epoch ms. */
  time: number;
  admin: string;
  /** `V6.0.4-build0231-190107`. */
  firmware: string;
  comment: string;
  snapshot: string;
}

export const ENDPOINTS = 'endpoints';

/**
 * Maps keyed by what users type (endpoint uids, interface names) are plain records on the wire and
 * in storage, so they are read with `own` and built with `dict`: a key such as `__proto__` or
 * `constructor` is a key like any other, never the object's prototype or one of its methods.
 */
export const dict = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

export function own<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** A prototype-free copy of a record. */
export function dictOf<T>(map: Readonly<Record<string, T>>): Record<string, T> {
  const out = dict<T>();
  for (const k of Object.keys(map)) out[k] = map[k] as T;
  return out;
}
