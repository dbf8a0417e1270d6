/**
 * System › Feature Visibility: which toggle sits in which section, its label, key, home table and
 * default. **Decision** (reference §4): 6.0 does not document section membership or defaults, so
 * they live here, in one table, and both the schema defaults and the GUI read them.
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
  table: FeatureToggle['table'] = 'system settings',
): FeatureToggle => ({
  section,
  label,
  key,
  table,
  default: def,
  help: `Enable/disable ${label} on the GUI.`,
});

export const featureToggles: readonly FeatureToggle[] = [
  t('Core Features', 'IPv6', 'gui-ipv6', 'disable', 'system global'),
  t('Core Features', 'Switch Controller', 'gui-switch-controller', 'enable'),
  t('Core Features', 'WiFi Controller', 'gui-wireless-controller', 'enable'),
  t('Core Features', 'SD-WAN', 'gui-wan-load-balancing', 'enable'),
  t('Core Features', 'VPN', 'gui-vpn', 'enable'),
  t('Security Features', 'AntiVirus', 'gui-antivirus', 'enable'),
  t('Security Features', 'Application Control', 'gui-application-control', 'enable'),
  t('Security Features', 'DNS Filter', 'gui-dnsfilter', 'enable'),
  t('Security Features', 'Endpoint Control', 'gui-endpoint-control', 'disable'),
  t('Security Features', 'Intrusion Prevention', 'gui-ips', 'enable'),
  t('Security Features', 'Web Filter', 'gui-webfilter', 'enable'),
  t('Security Features', 'Anti-Spam', 'gui-spamfilter', 'disable'),
  t('Security Features', 'Data Leak Prevention', 'gui-dlp', 'disable'),
  t('Security Features', 'VoIP', 'gui-voip-profile', 'disable'),
  t('Security Features', 'Web Application Firewall', 'gui-waf-profile', 'disable'),
  t('Security Features', 'ICAP', 'gui-icap', 'disable'),
  t('Additional Features', 'Allow Unnamed Policies', 'gui-allow-unnamed-policy', 'disable'),
  t('Additional Features', 'Certificates', 'gui-certificates', 'disable', 'system global'),
  t('Additional Features', 'DNS Database', 'gui-dns-database', 'disable'),
  t('Additional Features', 'DoS Policy', 'gui-dos-policy', 'enable'),
  t('Additional Features', 'Dynamic Routing', 'gui-dynamic-routing', 'enable'),
  t('Additional Features', 'Explicit Proxy', 'gui-explicit-proxy', 'disable'),
  t('Additional Features', 'Implicit Firewall Policies', 'gui-implicit-policy', 'enable'),
  t('Additional Features', 'Load Balance', 'gui-load-balance', 'disable'),
  t('Additional Features', 'Local In Policy', 'gui-local-in-policy', 'disable'),
  t('Additional Features', 'Multicast Policy', 'gui-multicast-policy', 'disable'),
  t('Additional Features', 'Multiple Interface Policies', 'gui-multiple-interface-policy', 'disable'),
  t('Additional Features', 'Multiple Security Profiles', 'gui-multiple-utm-profiles', 'disable'),
  t('Additional Features', 'Object Tagging and Coloring', 'gui-object-colors', 'enable'),
  t('Additional Features', 'Policy-based IPsec VPN', 'gui-policy-based-ipsec', 'disable'),
  t('Additional Features', 'Replacement Message Groups', 'gui-replacement-message-groups', 'disable'),
  t(
    'Additional Features',
    'SSL-VPN Personal Bookmark Management',
    'gui-sslvpn-personal-bookmarks',
    'disable',
  ),
  t('Additional Features', 'SSL-VPN Realms', 'gui-sslvpn-realms', 'disable'),
  t('Additional Features', 'Threat Weight Tracking', 'gui-threat-weight', 'enable'),
  t('Additional Features', 'Traffic Shaping', 'gui-traffic-shaping', 'enable'),
  t('Additional Features', 'WAN Opt. & Cache', 'gui-wanopt-cache', 'disable'),
];
