/**
 * The words the 6.0 GUI shows for interface values (reference §2, §5). The schema answer gives the
 * option names (`https`, `hard-switch`), their order, and the words of the access keywords; the type,
 * role and mode words are the GUI's own.
 */
import { optionLabelsOf, optionsOf } from '../../client/schema-answer';

/**
 * The `allowaccess` keywords as the Access column and the Administrative Access boxes show them: in
 * the GUI's order, which is the order of the schema's words (`gui-option-labels`: HTTPS, HTTP, PING,
 * …), not the device's option order (`ping https ssh …`, docs/fortios-6.0.md §3); a keyword it has no
 * word for follows, upper-cased.
 */
export interface AccessWords {
  order: readonly string[];
  label: (keyword: string) => string;
}

/** The access words of a `system/interface` schema answer. */
export function accessWordsOf(schema: unknown): AccessWords {
  const labels = optionLabelsOf(schema, 'allowaccess');
  const unlabelled = optionsOf(schema, 'allowaccess', []).filter((k) => !labels.has(k));
  return {
    order: [...labels.keys(), ...unlabelled],
    label: (keyword) => labels.get(keyword) ?? keyword.toUpperCase(),
  };
}

/** `keywords` in the GUI's order, any it does not know kept at the end. */
export const inAccessOrder = (order: readonly string[], keywords: Iterable<string>): string[] => {
  const set = new Set(keywords);
  return [...order.filter((k) => set.has(k)), ...[...set].filter((k) => !order.includes(k))];
};

export const FORTITELEMETRY = 'FortiTelemetry';

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

/** The roles the device's schema offers. */
export const roleOptionsOf = (schema: unknown): readonly string[] =>
  optionsOf(schema, 'role', Object.keys(ROLE_LABELS));
