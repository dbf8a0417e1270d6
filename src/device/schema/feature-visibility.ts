/**
 * System › Feature Visibility: which toggle sits in which section, its label, key, home table,
 * default and help. **Decision** (reference §4): 6.0 does not document section membership or
 * defaults, so they live here, in one table, and both the schema defaults and the GUI read them.
 *
 * `help` is the device's own help for the key (what `set <key> ?` and the schema answer say), as
 * Fortinet's ansible modules transcribe the 6.0 schema: `fortios_system_settings.py` "Tested with FOS
 * v6.0.5" (coll-test/fortinet.fortios `plugins/modules/fortios_system_settings.py`) for the
 * `system settings` keys, and `fortios_system_global.py` "Tested with FOS v6.0.2" (ansible/ansible
 * `lib/ansible/modules/network/fortios/fortios_system_global.py`, commit 28342bf) for `gui-ipv6` and
 * `gui-certificates` (docs/fortios-6.0.md §4.6). The page shows it as each toggle's tooltip.
 */
export type FeatureSection = 'Core Features' | 'Security Features' | 'Additional Features';

export interface FeatureToggle {
  section: FeatureSection;
  label: string;
  key: string;
  table: 'system settings' | 'system global';
  default: 'enable' | 'disable';
  help: string;
}

const t = (
  section: FeatureSection,
  label: string,
  key: string,
  def: 'enable' | 'disable',
  help: string,
  table: FeatureToggle['table'] = 'system settings',
): FeatureToggle => ({ section, label, key, table, default: def, help });

export const featureToggles: readonly FeatureToggle[] = [
  t(
    'Core Features',
    'IPv6',
    'gui-ipv6',
    'disable',
    'Enable/disable IPv6 settings on the GUI.',
    'system global',
  ),
  t(
    'Core Features',
    'Switch Controller',
    'gui-switch-controller',
    'enable',
    'Enable/disable the switch controller on the GUI.',
  ),
  t(
    'Core Features',
    'WiFi Controller',
    'gui-wireless-controller',
    'enable',
    'Enable/disable the wireless controller on the GUI.',
  ),
  t('Core Features', 'SD-WAN', 'gui-wan-load-balancing', 'enable', 'Enable/disable SD-WAN on the GUI.'),
  t('Core Features', 'VPN', 'gui-vpn', 'enable', 'Enable/disable VPN tunnels on the GUI.'),
  t('Security Features', 'AntiVirus', 'gui-antivirus', 'enable', 'Enable/disable AntiVirus on the GUI.'),
  t(
    'Security Features',
    'Application Control',
    'gui-application-control',
    'enable',
    'Enable/disable application control on the GUI.',
  ),
  t('Security Features', 'DNS Filter', 'gui-dnsfilter', 'enable', 'Enable/disable DNS Filtering on the GUI.'),
  t(
    'Security Features',
    'Endpoint Control',
    'gui-endpoint-control',
    'disable',
    'Enable/disable endpoint control on the GUI.',
  ),
  t('Security Features', 'Intrusion Prevention', 'gui-ips', 'enable', 'Enable/disable IPS on the GUI.'),
  t('Security Features', 'Web Filter', 'gui-webfilter', 'enable', 'Enable/disable Web filtering on the GUI.'),
  t('Security Features', 'Anti-Spam', 'gui-spamfilter', 'disable', 'Enable/disable Antispam on the GUI.'),
  t('Security Features', 'Data Leak Prevention', 'gui-dlp', 'disable', 'Enable/disable DLP on the GUI.'),
  t('Security Features', 'VoIP', 'gui-voip-profile', 'disable', 'Enable/disable VoIP profiles on the GUI.'),
  t(
    'Security Features',
    'Web Application Firewall',
    'gui-waf-profile',
    'disable',
    'Enable/disable Web Application Firewall on the GUI.',
  ),
  t('Security Features', 'ICAP', 'gui-icap', 'disable', 'Enable/disable ICAP on the GUI.'),
  t(
    'Additional Features',
    'Allow Unnamed Policies',
    'gui-allow-unnamed-policy',
    'disable',
    'Enable/disable the requirement for policy naming on the GUI.',
  ),
  t(
    'Additional Features',
    'Certificates',
    'gui-certificates',
    'disable',
    'Enable/disable the System > Certificate GUI page, allowing you to add and configure certificates from the GUI.',
    'system global',
  ),
  t(
    'Additional Features',
    'DNS Database',
    'gui-dns-database',
    'disable',
    'Enable/disable DNS database settings on the GUI.',
  ),
  t(
    'Additional Features',
    'DoS Policy',
    'gui-dos-policy',
    'enable',
    'Enable/disable DoS policies on the GUI.',
  ),
  t(
    'Additional Features',
    'Dynamic Routing',
    'gui-dynamic-routing',
    'enable',
    'Enable/disable dynamic routing on the GUI.',
  ),
  t(
    'Additional Features',
    'Explicit Proxy',
    'gui-explicit-proxy',
    'disable',
    'Enable/disable the explicit proxy on the GUI.',
  ),
  t(
    'Additional Features',
    'Implicit Firewall Policies',
    'gui-implicit-policy',
    'enable',
    'Enable/disable implicit firewall policies on the GUI.',
  ),
  t(
    'Additional Features',
    'Load Balance',
    'gui-load-balance',
    'disable',
    'Enable/disable server load balancing on the GUI.',
  ),
  t(
    'Additional Features',
    'Local In Policy',
    'gui-local-in-policy',
    'disable',
    'Enable/disable Local-In policies on the GUI.',
  ),
  t(
    'Additional Features',
    'Multicast Policy',
    'gui-multicast-policy',
    'disable',
    'Enable/disable multicast firewall policies on the GUI.',
  ),
  t(
    'Additional Features',
    'Multiple Interface Policies',
    'gui-multiple-interface-policy',
    'disable',
    'Enable/disable adding multiple interfaces to a policy on the GUI.',
  ),
  t(
    'Additional Features',
    'Multiple Security Profiles',
    'gui-multiple-utm-profiles',
    'disable',
    'Enable/disable multiple UTM profiles on the GUI.',
  ),
  t(
    'Additional Features',
    'Object Tagging and Coloring',
    'gui-object-colors',
    'enable',
    'Enable/disable object colors on the GUI.',
  ),
  t(
    'Additional Features',
    'Policy-based IPsec VPN',
    'gui-policy-based-ipsec',
    'disable',
    'Enable/disable policy-based IPsec VPN on the GUI.',
  ),
  t(
    'Additional Features',
    'Replacement Message Groups',
    'gui-replacement-message-groups',
    'disable',
    'Enable/disable replacement message groups on the GUI.',
  ),
  t(
    'Additional Features',
    'SSL-VPN Personal Bookmark Management',
    'gui-sslvpn-personal-bookmarks',
    'disable',
    'Enable/disable SSL-VPN personal bookmark management on the GUI.',
  ),
  t(
    'Additional Features',
    'SSL-VPN Realms',
    'gui-sslvpn-realms',
    'disable',
    'Enable/disable SSL-VPN realms on the GUI.',
  ),
  t(
    'Additional Features',
    'Threat Weight Tracking',
    'gui-threat-weight',
    'enable',
    'Enable/disable threat weight on the GUI.',
  ),
  t(
    'Additional Features',
    'Traffic Shaping',
    'gui-traffic-shaping',
    'enable',
    'Enable/disable traffic shaping on the GUI.',
  ),
  t(
    'Additional Features',
    'WAN Opt. & Cache',
    'gui-wanopt-cache',
    'disable',
    'Enable/disable WAN Optimization and Web Caching on the GUI.',
  ),
];
