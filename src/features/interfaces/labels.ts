/**
 * The words the 6.0 GUI shows for interface values (reference §2, §5). The schema answer gives the
 * option names (`https`, `hard-switch`) and their order; what the GUI calls them is the GUI's own.
 */
import { optionsOf } from '../../client/schema-answer';

/** `allowaccess` keywords as the Access column and the Administrative Access checkboxes say them. */
export const ACCESS_LABELS: Readonly<Record<string, string>> = {
  https: 'HTTPS',
  http: 'HTTP',
  ping: 'PING',
  fgfm: 'FMG-Access',
  capwap: 'CAPWAP',
  ssh: 'SSH',
  snmp: 'SNMP',
  telnet: 'TELNET',
  ftm: 'FTM',
  'radius-acct': 'RADIUS Accounting',
  'probe-response': 'Probe Response',
};

/** The Access column's order (reference §5); FortiTelemetry (`fortiheartbeat`) comes after these. */
export const ACCESS_ORDER: readonly string[] = Object.keys(ACCESS_LABELS);

export const FORTITELEMETRY = 'FortiTelemetry';

export const accessLabel = (keyword: string): string => ACCESS_LABELS[keyword] ?? keyword.toUpperCase();

/** `type` as the Type column and the group headers name it. */
const TYPE_LABELS: Readonly<Record<string, string>> = {
  physical: 'Physical Interface',
  'hard-switch': 'Hardware Switch',
  switch: 'Software Switch',
  aggregate: 'Aggregate',
  redundant: 'Redundant Interface',
  vlan: 'VLAN',
  loopback: 'Loopback Interface',
  tunnel: 'Tunnel Interface',
  'vdom-link': 'VDOM Link',
  wireless: 'WiFi SSID',
};

/** The order of the type groups in the list. */
export const TYPE_ORDER: readonly string[] = Object.keys(TYPE_LABELS);

export const typeLabel = (type: string): string => TYPE_LABELS[type] ?? type;

export const ROLE_LABELS: Readonly<Record<string, string>> = {
  lan: 'LAN',
  wan: 'WAN',
  dmz: 'DMZ',
  undefined: 'Undefined',
};

export const MODE_LABELS: Readonly<Record<string, string>> = {
  static: 'Manual',
  dhcp: 'DHCP',
  pppoe: 'PPPoE',
};

/** The `allowaccess` keywords the device's schema offers, in its order. */
export const accessOptionsOf = (schema: unknown): readonly string[] =>
  optionsOf(schema, 'allowaccess', ACCESS_ORDER);

/** The roles the device's schema offers. */
export const roleOptionsOf = (schema: unknown): readonly string[] =>
  optionsOf(schema, 'role', Object.keys(ROLE_LABELS));
