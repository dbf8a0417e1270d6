/**
 * The one GUI-side fact about Feature Visibility the REST schema does not carry: which section a
 * toggle sits in, and its order there (reference §4). Labels, help, the home table (`system settings`
 * or `system global`) and the set of toggles come from the device's `?action=schema` answers; a toggle
 * the schema has but this table lacks is shown under "Additional Features", and a key listed here that
 * the schema lacks is not shown.
 */
export const sections = [
  {
    title: 'Core Features',
    keys: [
      'gui-ipv6',
      'gui-switch-controller',
      'gui-wireless-controller',
      'gui-wan-load-balancing',
      'gui-vpn',
    ],
  },
  {
    title: 'Security Features',
    keys: [
      'gui-antivirus',
      'gui-application-control',
      'gui-dnsfilter',
      'gui-endpoint-control',
      'gui-ips',
      'gui-webfilter',
      'gui-spamfilter',
      'gui-dlp',
      'gui-voip-profile',
      'gui-waf-profile',
      'gui-icap',
    ],
  },
  {
    title: 'Additional Features',
    keys: [
      'gui-allow-unnamed-policy',
      'gui-certificates',
      'gui-dns-database',
      'gui-dos-policy',
      'gui-dynamic-routing',
      'gui-explicit-proxy',
      'gui-implicit-policy',
      'gui-load-balance',
      'gui-local-in-policy',
      'gui-multicast-policy',
      'gui-multiple-interface-policy',
      'gui-multiple-utm-profiles',
      'gui-object-colors',
      'gui-policy-based-ipsec',
      'gui-replacement-message-groups',
      'gui-sslvpn-personal-bookmarks',
      'gui-sslvpn-realms',
      'gui-threat-weight',
      'gui-traffic-shaping',
      'gui-wanopt-cache',
    ],
  },
] as const satisfies readonly { title: string; keys: readonly string[] }[];

export type SectionTitle = (typeof sections)[number]['title'];
