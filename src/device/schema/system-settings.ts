/**
 * `config system settings` (per VDOM, one object): every key a 6.0.4 unit has, 112 (docs/fortios-6.0.md
 * §4.4). Keys, types, options and help: the 6.0.5 module `fortios_system_settings` (ansible/ansible
 * `lib/ansible/modules/network/fortios/fortios_system_settings.py` at 070e97a, "Tested with FOS
 * v6.0.5", whose `option_list` has these 112 and no other), less its generator's "Source <table>.<key>.";
 * the collection's per-version data gives every one of them a range that starts at v6.0.0
 * (fortinet-ansible-dev/ansible-galaxy-fortios-sphinxdoc `gen/fortios_system_settings.rst`) and no
 * other key one that includes 6.0. The Feature Visibility page shows only the toggles of
 * `featureToggles`; every other key is stored, validated and printed like any other, with no screen.
 */
import { featureToggles } from './feature-visibility';
import { field, toggle, type FieldDef, type FieldType, type TableSchema } from './types';

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

const ed = ['enable', 'disable'] as const;
const opt = (name: string, options: readonly string[], def: string, help: string): FieldDef =>
  field(name, { kind: 'option', options }, def, help);
const int = (name: string, min: number, max: number, def: number, help: string): FieldDef =>
  field(name, { kind: 'integer', min, max }, def, help);
/** A key printed only while `key` holds one of `values` (docs/fortios-6.0.md §4.4, Decisions). */
const when = (f: FieldDef, key: string, values: readonly string[]): FieldDef => ({
  ...f,
  onlyFor: values,
  onlyForKey: key,
});
const typed = (name: string, type: FieldType, def: string, help: string): FieldDef =>
  field(name, type, def, help);
/**
 * A key the CLI takes while changing to NAT mode, printed in the steady modes `steady` names (none for
 * `ip`, `ip6`, `device`; Transparent for `gateway`, which both changes need; §4.4).
 */
const whileChangingToNat = (f: FieldDef, steady: readonly string[] = []): FieldDef => ({
  ...when(f, 'opmode', steady),
  whileChangingTo: { key: 'opmode', values: ['nat'] },
});

/**
 * The keys before the `gui-*` block and after it, each list in the device's order: terraform's
 * `fortios_system_settings` argument list (fortinetdev/terraform-provider-fortios
 * `website/docs/r/fortios_system_settings.html.markdown`, a listing whose order is the device's, as
 * §4.5 and §4.8 take it), less the keys 6.0 does not have; the per-version schema's own order
 * (fortinet-ansible-dev/ansible-galaxy-fortios-collection `plugins/modules/fortios_system_settings.py`,
 * `versioned_schema`: `asymroute`, `asymroute-icmp`, `tcp-session-without-syn`, `ses-denied-traffic`,
 * `strict-src-check`, `allow-linkdown-path`, …) and a later unit's generated defaults (hermanwjacobsen/hfortix-fortios
 * `cmdb/system/_helpers/settings.py`, `opmode`, `ngfw-mode`, `http-external-dest`,
 * `firewall-session-dirty`, `manageip`, `gateway`, `ip`, …) list them in the same order. Defaults:
 * the 6.2.7+ units' schema answers (poroping/terraform-provider-fortios
 * `v2/codegen/apischema/auto-merge/system_settings.json`) and the 6.0.5 help's bounds, unless a
 * comment says otherwise.
 */
const leadingKeys: readonly FieldDef[] = [
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
  // 6.0 offers the NGFW modes with flow-based inspection only (FortiOS 6.0.0 Handbook, "Changing
  // modes": "When you select Flow-based as the Inspection Mode, you have the option to select NGFW
  // profile-based or policy-based"); printed so (Decision, §4.4).
  when(
    opt(
      'ngfw-mode',
      ['profile-based', 'policy-based'],
      'profile-based',
      'Next Generation Firewall (NGFW) mode.',
    ),
    'inspection-mode',
    ['flow'],
  ),
  // No default in the 6.2.7 answer (the key left in 6.4.0): `enable` (Decision, §4.4).
  opt('implicit-allow-dns', ed, 'enable', 'Enable/disable implicitly allowing DNS traffic.'),
  // 6.0 only (per-version data v6.0.0 -> v6.0.11): the VDOM's SSL/SSH inspection in policy-based
  // NGFW mode. `firewall ssl-ssh-profile` is not modelled, so a name of 35, not a checked reference;
  // default `certificate-inspection` (Decisions, §4.4).
  when(
    field(
      'ssl-ssh-profile',
      { kind: 'name', maxLength: 35 },
      'certificate-inspection',
      'Profile for SSL/SSH inspection.',
    ),
    'ngfw-mode',
    ['policy-based'],
  ),
  opt(
    'http-external-dest',
    ['fortiweb', 'forticache'],
    'fortiweb',
    'Offload HTTP traffic to FortiWeb or FortiCache.',
  ),
  opt(
    'firewall-session-dirty',
    ['check-all', 'check-new', 'check-policy-option'],
    'check-all',
    'Select how to manage sessions affected by firewall policy configuration changes.',
  ),
  // The transparent-mode keys print in transparent mode only; `ip`, `ip6` and `device` are set while
  // changing to NAT mode (the 6.0.0 CLI reference: "The fields are visible only after you set the
  // opmode and before you commit the changes") and print in no steady mode (Decisions, §4.4).
  // `manageip` is an address and netmask, as `ip` (6.2.7+ answers type it `user`, default empty).
  when(
    typed(
      'manageip',
      { kind: 'ipv4-mask' },
      '0.0.0.0 0.0.0.0',
      'Transparent mode IPv4 management IP address and netmask.',
    ),
    'opmode',
    ['transparent'],
  ),
  whileChangingToNat(
    typed('gateway', { kind: 'ipv4' }, '0.0.0.0', 'Transparent mode IPv4 default gateway IP address.'),
    ['transparent'],
  ),

  whileChangingToNat(typed('ip', { kind: 'ipv4-mask' }, '0.0.0.0 0.0.0.0', 'IP address and netmask.')),
  when(
    typed(
      'manageip6',
      { kind: 'ipv6-prefix' },
      '::/0',
      'Transparent mode IPv6 management IP address and netmask.',
    ),
    'opmode',
    ['transparent'],
  ),
  // 6.0's (and 6.2.7's) own words say IPv4 for this IPv6 gateway.
  when(
    typed('gateway6', { kind: 'ipv6' }, '::', 'Transparent mode IPv4 default gateway IP address.'),
    'opmode',
    ['transparent'],
  ),
  whileChangingToNat(typed('ip6', { kind: 'ipv6-prefix' }, '::/0', 'IPv6 address prefix for NAT mode.')),
  whileChangingToNat(
    field(
      'device',
      { kind: 'reference', table: 'system interface', optional: true },
      '',
      'Interface to use for management access for NAT mode.',
    ),
  ),
  opt('bfd', ed, 'disable', 'Enable/disable Bi-directional Forwarding Detection (BFD) on all interfaces.'),
  // The BFD timers print while BFD is on (Decision, §4.4); 50 ms is 6.2.0–6.4's default (terraform
  // `fortios_system_settings`: "On FortiOS versions 6.2.0-6.4.15: default = 50"), taken for 6.0.
  when(
    int('bfd-desired-min-tx', 1, 100000, 50, 'BFD desired minimal transmit interval (1 - 100000 ms).'),
    'bfd',
    ['enable'],
  ),
  when(
    int('bfd-required-min-rx', 1, 100000, 50, 'BFD required minimal receive interval (1 - 100000 ms).'),
    'bfd',
    ['enable'],
  ),
  when(int('bfd-detect-mult', 1, 50, 3, 'BFD detection multiplier (1 - 50).'), 'bfd', ['enable']),
  when(
    opt(
      'bfd-dont-enforce-src-port',
      ed,
      'disable',
      'Enable to not enforce verifying the source port of BFD Packets.',
    ),
    'bfd',
    ['enable'],
  ),
  opt(
    'utf8-spam-tagging',
    ed,
    'enable',
    'Enable/disable converting antispam tags to UTF-8 for better non-ASCII character support.',
  ),
  opt('wccp-cache-engine', ed, 'disable', 'Enable/disable WCCP cache engine.'),
  field(
    'vpn-stats-log',
    { kind: 'multi-option', options: ['ipsec', 'pptp', 'l2tp', 'ssl'] },
    'ipsec pptp l2tp ssl',
    'Enable/disable periodic VPN log statistics for one or more types of VPN. Separate names with a space.',
  ),
  int('vpn-stats-period', 60, 86400, 600, 'Period to send VPN log statistics (60 - 86400 sec).'),
  opt(
    'v4-ecmp-mode',
    ['source-ip-based', 'weight-based', 'usage-based', 'source-dest-ip-based'],
    'source-ip-based',
    'IPv4 Equal-cost multi-path (ECMP) routing and load balancing mode.',
  ),
  int('mac-ttl', 300, 8640000, 300, 'Duration of MAC addresses in Transparent mode (300 - 8640000 sec).'),
  opt(
    'fw-session-hairpin',
    ed,
    'disable',
    'Enable/disable checking for a matching policy each time hairpin traffic goes through the FortiGate.',
  ),
  opt('prp-trailer-action', ed, 'disable', 'Enable/disable action to take on PRP trailer.'),
  opt('snat-hairpin-traffic', ed, 'enable', 'Enable/disable source NAT (SNAT) for hairpin traffic.'),
  opt('dhcp-proxy', ed, 'disable', 'Enable/disable the DHCP Proxy.'),
  // One address each in 6.0 (the 6.0.5 module types them `str`; later units take a list); printed
  // while the DHCP proxy is on (Decisions, §4.4).
  when(typed('dhcp-server-ip', { kind: 'ipv4' }, '0.0.0.0', 'DHCP Server IPv4 address.'), 'dhcp-proxy', [
    'enable',
  ]),
  when(typed('dhcp6-server-ip', { kind: 'ipv6' }, '::', 'DHCPv6 server IPv6 address.'), 'dhcp-proxy', [
    'enable',
  ]),
  opt('central-nat', ed, 'disable', 'Enable/disable central NAT.'),
  // A list of column names in 6.0 (`set gui-default-policy-columns "policyid" "srcintf" …`), empty by
  // default; the 6.0.5 module: "Default columns to display for policy lists on GUI".
  field(
    'gui-default-policy-columns',
    { kind: 'name-list', maxLength: 79 },
    [],
    'Default columns to display for policy lists on GUI.',
  ),
  opt(
    'lldp-transmission',
    ['enable', 'disable', 'global'],
    'global',
    'Enable/disable Link Layer Discovery Protocol (LLDP) for this VDOM or apply global settings to this VDOM.',
  ),
  opt('link-down-access', ed, 'enable', 'Enable/disable link down access traffic.'),
  opt('asymroute', ed, 'disable', 'Enable/disable IPv4 asymmetric routing.'),
  opt('asymroute-icmp', ed, 'disable', 'Enable/disable ICMP asymmetric routing.'),
  opt('tcp-session-without-syn', ed, 'disable', 'Enable/disable allowing TCP session without SYN flags.'),
  opt('ses-denied-traffic', ed, 'disable', 'Enable/disable including denied session in the session table.'),
  opt('strict-src-check', ed, 'disable', 'Enable/disable strict source verification.'),
  opt('allow-linkdown-path', ed, 'disable', 'Enable/disable link down path.'),
  opt('asymroute6', ed, 'disable', 'Enable/disable asymmetric IPv6 routing.'),
  opt('asymroute6-icmp', ed, 'disable', 'Enable/disable asymmetric ICMPv6 routing.'),
  // 6.0 only (per-version data v6.0.0 -> v6.0.11), so no later answer gives its default: `enable`,
  // the SIP helper being on unless turned off (Decision, §4.4).
  opt(
    'sip-helper',
    ed,
    'enable',
    'Enable/disable the SIP session helper to process SIP sessions unless SIP sessions are accepted by the SIP application layer gateway (ALG).',
  ),
  opt(
    'sip-nat-trace',
    ed,
    'enable',
    'Enable/disable recording the original SIP source IP address when NAT is used.',
  ),
  opt('status', ed, 'enable', 'Enable/disable this VDOM.'),
  int('sip-tcp-port', 0, 65535, 5060, 'TCP port the SIP proxy monitors for SIP traffic (0 - 65535).'),
  int('sip-udp-port', 0, 65535, 5060, 'UDP port the SIP proxy monitors for SIP traffic (0 - 65535).'),
  int('sip-ssl-port', 0, 65535, 5061, 'TCP port the SIP proxy monitors for SIP SSL/TLS traffic (0 - 65535).'),
  int('sccp-port', 0, 65535, 2000, 'TCP port the SCCP proxy monitors for SCCP traffic (0 - 65535).'),
  opt('multicast-forward', ed, 'enable', 'Enable/disable multicast forwarding.'),
  opt(
    'multicast-ttl-notchange',
    ed,
    'disable',
    'Enable/disable preventing the FortiGate from changing the TTL for forwarded multicast packets.',
  ),
  opt(
    'multicast-skip-policy',
    ed,
    'disable',
    'Enable/disable allowing multicast traffic through the FortiGate without a policy check.',
  ),
  opt(
    'allow-subnet-overlap',
    ed,
    'disable',
    'Enable/disable allowing interface subnets to use overlapping IP addresses.',
  ),
  opt(
    'deny-tcp-with-icmp',
    ed,
    'disable',
    'Enable/disable denying TCP by sending an ICMP communication prohibited packet.',
  ),
  // 6.0's bounds are 1 - 100 (its help); its default 10, as 6.2.0's (terraform: "On FortiOS versions
  // 6.2.0: 1 - 100, default = 10").
  int(
    'ecmp-max-paths',
    1,
    100,
    10,
    'Maximum number of Equal Cost Multi-Path (ECMP) next-hops. Set to 1 to disable ECMP routing (1 - 100).',
  ),
  int('discovered-device-timeout', 1, 365, 28, 'Timeout for discovered devices (1 - 365 days).'),
  opt(
    'email-portal-check-dns',
    ['disable', 'enable'],
    'enable',
    'Enable/disable using DNS to validate email addresses collected by a captive portal.',
  ),
  opt(
    'default-voip-alg-mode',
    ['proxy-based', 'kernel-helper-based'],
    'proxy-based',
    "Configure how the FortiGate handles VoIP traffic when a policy that accepts the traffic doesn't include a VoIP profile.",
  ),
];

/** The keys after the `gui-*` block, in the same listing's order. */
const trailingKeys: readonly FieldDef[] = [
  // 6.0 only (per-version data v6.0.0 -> v6.0.11); `disable` (Decision, §4.4).
  opt('compliance-check', ed, 'disable', 'Enable/disable PCI DSS compliance checking.'),
  opt('ike-session-resume', ed, 'disable', 'Enable/disable IKEv2 session resumption (RFC 5723).'),
  opt('ike-quick-crash-detect', ed, 'disable', 'Enable/disable IKE quick crash detection (RFC 6290).'),
  opt(
    'ike-dn-format',
    ['with-space', 'no-space'],
    'with-space',
    'Configure IKE ASN.1 Distinguished Name format conventions.',
  ),
  opt('block-land-attack', ['disable', 'enable'], 'disable', 'Enable/disable blocking of land attacks.'),
];

export const systemSettings: TableSchema = {
  path: 'system settings',
  kind: 'single',
  scope: 'vdom',
  help: 'Configure VDOM settings.',
  fields: [
    ...leadingKeys,
    ...inDeviceOrder([
      ...featureToggles
        .filter((f) => f.table === 'system settings')
        .map((f) => toggle(f.key, f.default, f.help, f.label)),
      ...unshownGuiKeys,
    ]),
    ...trailingKeys,
  ],
};
