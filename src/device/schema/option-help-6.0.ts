/**
 * Each option's own help, by table path → key (dotted inside sub-objects and sub-tables) → option:
 * the words `set <key> ?` prints beside an option and `?action=schema` gives as the option's `help`
 * (src/device/schema/option-help.ts reads them; docs/fortios-6.0.md §5.2 names every source).
 *
 * Sources, best first (no `set <key> ?` transcript or `?action=schema` capture of a 6.0 unit that
 * lists option help was found):
 * - HANDBOOK60: Fortinet's FortiOS 6.0.0 Handbook, "Configuring administrative access to
 *   interfaces" (docs.fortinet.com/document/fortigate/6.0.0/handbook/909236), which lists 6.0's
 *   `allowaccess` words in a table, without their closing full stop.
 * - SCHEMA62: real units' `?action=schema` answers, v6.2.7 to v7.2.8, merged per table with the
 *   version each key and option came or went (poroping/terraform-provider-fortios
 *   `v2/codegen/apischema/auto-merge/<table>.json`). Taken only for an option 6.0 has with the same
 *   meaning, from the earliest answer that has it.
 *
 * A key no source gives words for is listed in `NO_SOURCE`, with the fallback of option-help.ts.
 */

type Words = Readonly<Record<string, string>>;
type TableWords = Readonly<Record<string, Words>>;

/** An enable/disable key's two sentences, in the device's words. */
const ed = (enable: string, disable: string): Words => ({ enable, disable });

/** `system interface`: SCHEMA62 `system_interface.json`; `allowaccess` also HANDBOOK60. */
const systemInterface: TableWords = {
  mode: { static: 'Static setting.', dhcp: 'External DHCP client mode.', pppoe: 'External PPPoE mode.' },
  // HANDBOOK60's words, with the full stop every schema help ends with (Decision, §5.2): `capwap` and
  // `ftm` as 6.0 words them (6.2.7 has no `capwap` and calls `ftm` "FTM access.").
  allowaccess: {
    ping: 'PING access.',
    https: 'HTTPS access.',
    ssh: 'SSH access.',
    snmp: 'SNMP access.',
    http: 'HTTP access.',
    telnet: 'TELNET access.',
    fgfm: 'FortiManager access.',
    'radius-acct': 'RADIUS accounting access.',
    'probe-response': 'Probe access.',
    capwap: 'CAPWAP access.',
    ftm: 'FortiToken Mobile Push access.',
  },
  status: { up: 'Bring the interface up.', down: 'Shut the interface down.' },
  type: {
    physical: 'Physical interface.',
    vlan: 'VLAN interface.',
    aggregate: 'Aggregate interface.',
    redundant: 'Redundant interface.',
    tunnel: 'Tunnel interface.',
    'vdom-link': 'VDOM link interface.',
    loopback: 'Loopback interface.',
    switch: 'Software switch interface.',
    'hard-switch': 'Hardware switch interface.',
    'vap-switch': 'VAP interface.',
    'wl-mesh': 'WLAN mesh interface.',
    'fext-wan': 'FortiExtender interface.',
    vxlan: 'VXLAN interface.',
    hdlc: 'T1/E1 interface.',
    'switch-vlan': 'Switch VLAN interface.',
    'emac-vlan': 'EMAC VLAN interface.',
  },
  // 7.2.8's (the first answer with `stp`).
  stp: ed('Enable STP.', 'Disable STP.'),
  'device-identification': ed(
    'Enable passive gathering of identity information about hosts.',
    'Disable passive gathering of identity information about hosts.',
  ),
  role: {
    lan: 'Connected to local network of endpoints.',
    wan: 'Connected to Internet.',
    dmz: 'Connected to server zone.',
    undefined: 'Interface has no specific role.',
  },
};

/** A Feature Visibility key's two sentences: "Enable <what> on the GUI." / "Disable <what> on the GUI.". */
const onGui = (what: string): Words => ed(`Enable ${what} on the GUI.`, `Disable ${what} on the GUI.`);

/**
 * `system settings`: SCHEMA62 `system_settings.json`. Every `gui-*` key there words its options
 * "Enable <what> on the GUI." and "Disable <what> on the GUI."; `what` is transcribed per key.
 */
const systemSettings: TableWords = {
  opmode: { nat: 'Change to NAT mode.', transparent: 'Change to transparent mode.' },
  ...Object.fromEntries(
    Object.entries({
      'gui-switch-controller': 'the switch controller',
      'gui-wireless-controller': 'the wireless controller',
      'gui-wan-load-balancing': 'SD-WAN',
      'gui-vpn': 'VPN tunnels',
      'gui-antivirus': 'AntiVirus',
      'gui-application-control': 'application control',
      'gui-dnsfilter': 'DNS Filtering',
      'gui-endpoint-control': 'endpoint control',
      'gui-ips': 'IPS',
      'gui-webfilter': 'Web filtering',
      'gui-spamfilter': 'Antispam',
      'gui-voip-profile': 'VoIP profiles',
      'gui-waf-profile': 'Web Application Firewall',
      'gui-icap': 'ICAP',
      'gui-allow-unnamed-policy': 'the requirement for policy naming',
      'gui-dns-database': 'DNS database settings',
      'gui-dos-policy': 'DoS policies',
      'gui-dynamic-routing': 'dynamic routing',
      'gui-explicit-proxy': 'the explicit proxy',
      'gui-implicit-policy': 'implicit firewall policies',
      'gui-load-balance': 'server load balancing',
      'gui-local-in-policy': 'Local-In policies',
      'gui-multicast-policy': 'multicast firewall policies',
      'gui-multiple-interface-policy': 'adding multiple interfaces to a policy',
      'gui-multiple-utm-profiles': 'multiple UTM profiles',
      'gui-object-colors': 'object colors',
      'gui-policy-based-ipsec': 'policy-based IPsec VPN',
      'gui-replacement-message-groups': 'replacement message groups',
      'gui-sslvpn-personal-bookmarks': 'SSL-VPN personal bookmark management',
      'gui-sslvpn-realms': 'SSL-VPN realms',
      'gui-threat-weight': 'threat weight',
      'gui-traffic-shaping': 'traffic shaping',
      'gui-wanopt-cache': 'WAN Optimization and Web Caching',
      'gui-advanced-policy': 'advanced policy configuration',
      'gui-ap-profile': 'FortiAP profiles',
      'gui-dhcp-advanced': 'advanced DHCP options',
      'gui-domain-ip-reputation': 'Domain and IP Reputation',
      'gui-dynamic-profile-display': 'RADIUS Single Sign On (RSSO)',
      'gui-email-collection': 'email collection',
      'gui-endpoint-control-advanced': 'advanced endpoint control options',
      'gui-fortiap-split-tunneling': 'FortiAP split tunneling',
      'gui-fortiextender-controller': 'FortiExtender',
      'gui-local-reports': 'local reports',
      'gui-nat46-64': 'NAT46 and NAT64 settings',
      'gui-webfilter-advanced': 'advanced web filtering',
    }).map(([key, what]) => [key, onGui(what)]),
  ),
};

export const OPTION_HELP: Readonly<Record<string, TableWords>> = {
  'system interface': systemInterface,
  'system settings': systemSettings,
};

/**
 * Keys whose options no source gives words for (**Decision**, docs/fortios-6.0.md §5.2): they
 * keep the fallback of option-help.ts. `system interface`: `fortiheartbeat` and
 * `endpoint-compliance` left FortiOS before 6.2.7's answers and are in no other source read;
 * `vdom` is a VDOM name in every answer (fgsim offers the one VDOM, `root`, as an option).
 */
export const NO_SOURCE: Readonly<Record<string, readonly string[]>> = {
  'system interface': ['vdom', 'fortiheartbeat', 'endpoint-compliance'],
  // Not in 6.2.7's answer: `inspection-mode` moved to the policy, `gui-dlp` and `gui-policy-learning` went.
  'system settings': ['inspection-mode', 'gui-dlp', 'gui-policy-learning'],
};
