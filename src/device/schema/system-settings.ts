/**
 * `config system settings` (per VDOM, one object). Keys and help as 6.0 has them (ansible: the
 * 6.0.5 module `fortios_system_settings`, "Tested with FOS v6.0.5", and the collection's `v_range`
 * data, which gives every key below a range that includes 6.0; docs/fortios-6.0.md §4.4). The
 * Feature Visibility page shows only the toggles of `featureToggles`; the other `gui-*` keys are
 * stored, validated and printed like any other, with no screen.
 */
import { featureToggles } from './feature-visibility';
import { field, toggle, type FieldDef, type TableSchema } from './types';

/**
 * The 6.0 `gui-*` keys the Feature Visibility page does not show, with their help from the 6.0.5
 * module. Defaults: those a newer unit still has are its defaults (hfortix-fortios, the generated
 * `FIELDS_WITH_DEFAULTS` of cmdb `system/settings`); those newer units dropped
 * (`gui-endpoint-control-advanced`, `gui-local-reports`, `gui-nat46-64`, `gui-dynamic-profile-display`,
 * `gui-domain-ip-reputation`, `gui-policy-learning`) are `disable` (**Decision**, §4.4).
 */
const unshownGuiKeys: readonly FieldDef[] = [
  toggle('gui-advanced-policy', 'disable', 'Enable/disable advanced policy configuration on the GUI.'),
  toggle('gui-ap-profile', 'enable', 'Enable/disable FortiAP profiles on the GUI.'),
  toggle('gui-dhcp-advanced', 'enable', 'Enable/disable advanced DHCP options on the GUI.'),
  toggle('gui-domain-ip-reputation', 'disable', 'Enable/disable Domain and IP Reputation on the GUI.'),
  toggle('gui-dynamic-profile-display', 'disable', 'Enable/disable RADIUS Single Sign On (RSSO) on the GUI.'),
  toggle('gui-email-collection', 'disable', 'Enable/disable email collection on the GUI.'),
  toggle(
    'gui-endpoint-control-advanced',
    'disable',
    'Enable/disable advanced endpoint control options on the GUI.',
  ),
  toggle('gui-fortiap-split-tunneling', 'disable', 'Enable/disable FortiAP split tunneling on the GUI.'),
  toggle('gui-fortiextender-controller', 'disable', 'Enable/disable FortiExtender on the GUI.'),
  toggle('gui-local-reports', 'disable', 'Enable/disable local reports on the GUI.'),
  toggle('gui-nat46-64', 'disable', 'Enable/disable NAT46 and NAT64 settings on the GUI.'),
  toggle('gui-policy-learning', 'disable', 'Enable/disable firewall policy learning mode on the GUI.'),
  toggle('gui-webfilter-advanced', 'disable', 'Enable/disable advanced web filtering on the GUI.'),
];

/**
 * The device's order of the `gui-*` keys: terraform's `fortios_system_settings` argument list
 * (fortinetdev/terraform-provider-fortios `website/docs/r/fortios_system_settings.html.markdown`, whose
 * order is the device's, as §4.5 takes it; a listing), less the keys 6.0 does not have. `show`,
 * `show full-configuration`, `get`, the backup and REST rows print them so (docs/fortios-6.0.md §4.8).
 */
const GUI_KEY_ORDER: readonly string[] = [
  'gui-icap',
  'gui-nat46-64',
  'gui-implicit-policy',
  'gui-dns-database',
  'gui-load-balance',
  'gui-multicast-policy',
  'gui-dos-policy',
  'gui-object-colors',
  'gui-replacement-message-groups',
  'gui-voip-profile',
  'gui-ap-profile',
  'gui-dynamic-profile-display',
  'gui-local-in-policy',
  'gui-local-reports',
  'gui-wanopt-cache',
  'gui-explicit-proxy',
  'gui-dynamic-routing',
  'gui-dlp',
  'gui-sslvpn-personal-bookmarks',
  'gui-sslvpn-realms',
  'gui-policy-based-ipsec',
  'gui-threat-weight',
  'gui-multiple-utm-profiles',
  'gui-spamfilter',
  'gui-application-control',
  'gui-ips',
  'gui-endpoint-control',
  'gui-endpoint-control-advanced',
  'gui-dhcp-advanced',
  'gui-vpn',
  'gui-wireless-controller',
  'gui-switch-controller',
  'gui-fortiap-split-tunneling',
  'gui-webfilter-advanced',
  'gui-traffic-shaping',
  'gui-wan-load-balancing',
  'gui-antivirus',
  'gui-webfilter',
  'gui-dnsfilter',
  'gui-waf-profile',
  'gui-fortiextender-controller',
  'gui-advanced-policy',
  'gui-allow-unnamed-policy',
  'gui-email-collection',
  'gui-domain-ip-reputation',
  'gui-multiple-interface-policy',
  'gui-policy-learning',
];

/** `fields` in GUI_KEY_ORDER; a key the list does not place is a mistake here, not a silent guess. */
function inDeviceOrder(fields: readonly FieldDef[]): FieldDef[] {
  const at = (f: FieldDef): number => {
    const i = GUI_KEY_ORDER.indexOf(f.name);
    if (i < 0) throw new Error(`system settings: ${f.name} has no place in GUI_KEY_ORDER`);
    return i;
  };
  return [...fields].sort((a, b) => at(a) - at(b));
}

export const systemSettings: TableSchema = {
  path: 'system settings',
  kind: 'single',
  scope: 'vdom',
  help: 'Configure VDOM settings.',
  fields: [
    field('comments', { kind: 'string', maxLength: 255 }, '', 'VDOM comments.'),
    field(
      'opmode',
      { kind: 'option', options: ['nat', 'transparent'] },
      'nat',
      'Firewall operation mode (NAT or Transparent).',
    ),
    field(
      'inspection-mode',
      { kind: 'option', options: ['proxy', 'flow'] },
      // `proxy`: a 6.0.6 unit's backup (`show`, non-default lines only) prints `set inspection-mode flow`
      // (docs/fortios-6.0.md §4.8).
      'proxy',
      'Inspection mode (proxy-based or flow-based).',
    ),
    // A list of column names in 6.0 (`set gui-default-policy-columns "policyid" "srcintf" …`), empty by
    // default; the 6.0.5 module: "Default columns to display for policy lists on GUI".
    field(
      'gui-default-policy-columns',
      { kind: 'name-list', maxLength: 79 },
      [],
      'Default columns to display for policy lists on GUI.',
    ),
    ...inDeviceOrder([
      ...featureToggles
        .filter((f) => f.table === 'system settings')
        .map((f) => toggle(f.key, f.default, f.help, f.label)),
      ...unshownGuiKeys,
    ]),
  ],
};
