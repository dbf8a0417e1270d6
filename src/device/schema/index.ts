import {
  endpointControlProfile,
  endpointControlRegisteredForticlient,
  endpointControlSettings,
} from './endpoint-control';
import { firewallAddress, userGroup, userLocal, vpnCertificateLocal } from './support-tables';
import { firewallAddress6 } from './firewall-address6';
import { firewallAddress6Template } from './firewall-address6-template';
import { systemObjectTagging } from './system-object-tagging';
import { systemConsole } from './system-console';
import { systemAdmin, systemApiUser } from './system-admin';
import { systemCsf } from './system-csf';
import { systemGlobal } from './system-global';
import { systemInterface } from './system-interface';
import { systemSettings } from './system-settings';
import { systemVirtualSwitch } from './system-virtual-switch';
import { optionHelpIn } from './option-help';
import { closeConditions, type FieldDef, type TableSchema } from './types';
import { vpnIpsecPhase1Interface } from './vpn-ipsec-phase1-interface';
import { vpnSslSettings } from './vpn-ssl-settings';
import { vpnSslWebPortal } from './vpn-ssl-web-portal';

export * from './types';
export { featureToggles, type FeatureToggle, type FeatureSection } from './feature-visibility';
export { allowAccessLabels, creatableInterfaceTypes, interfaceTypes } from './system-interface';

/** Every CMDB table of the device, in the order `show full-configuration` prints them. */
export const tables: readonly TableSchema[] = [
  systemGlobal,
  systemConsole,
  systemAdmin,
  systemApiUser,
  systemInterface,
  systemVirtualSwitch,
  systemCsf,
  systemObjectTagging,
  systemSettings,
  vpnCertificateLocal,
  userLocal,
  userGroup,
  firewallAddress,
  firewallAddress6,
  firewallAddress6Template,
  endpointControlSettings,
  endpointControlProfile,
  endpointControlRegisteredForticlient,
  vpnSslWebPortal,
  vpnSslSettings,
  vpnIpsecPhase1Interface,
];

for (const t of tables) closeConditions(t.fields);

const byPath = new Map(tables.map((t) => [t.path, t]));

export function tableSchema(path: string): TableSchema | undefined {
  return byPath.get(path);
}

/** `system interface` ⇄ REST `system/interface`; `vpn ssl settings` ⇄ `vpn.ssl/settings`. */
export function restPathOf(schema: TableSchema): string {
  const words = schema.path.split(' ');
  const name = words.pop() ?? '';
  return `${words.join('.')}/${name}`;
}

const byRest = new Map(tables.map((t) => [restPathOf(t), t]));

export function tableByRestPath(restPath: string): TableSchema | undefined {
  return byRest.get(restPath);
}

/** Each field list's fields by name, made once per list (an interface row has some 200 keys). */
const fieldMaps = new WeakMap<readonly FieldDef[], Map<string, FieldDef>>();

export function fieldOf(fields: readonly FieldDef[], name: string): FieldDef | undefined {
  let byName = fieldMaps.get(fields);
  if (!byName) {
    byName = new Map(fields.map((f) => [f.name, f]));
    fieldMaps.set(fields, byName);
  }
  return byName.get(name);
}

/**
 * What `set <key> ?` and `?action=schema` say of one option of an option key: 6.0's words for it
 * (src/device/schema/option-help-6.0.ts; docs/fortios-6.0.md §5.2).
 */
export function optionHelp(field: FieldDef, option: string): string {
  return optionHelpIn(tables, field, option);
}
