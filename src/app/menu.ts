/**
 * The left menu of the 6.0 GUI as data (reference §3), the ONE table that says what is shown, where
 * it leads and which Feature Visibility key hides it. The router's "not visible" gate reads the same
 * table, so a menu entry and its deep link are always hidden together.
 *
 * - `path`: the entry's route. Entries that fgsim does not simulate (`implemented: false`) keep a path
 *   for identity but render as non-navigable placeholders, never as links.
 * - `feature`: a Feature Visibility key (`gui-*` in `system settings`/`system global`). A section's key
 *   hides the whole section and every route under it; an item's key hides that item and its routes.
 *   A section whose items are all hidden is hidden too.
 */
import { urls } from '../urls';
import type { IconName } from '../ui/Icon';

export interface MenuItem {
  label: string;
  path: string;
  feature?: string;
  implemented: boolean;
}

export interface MenuSection {
  label: string;
  /** The section's icon (also all that shows while the menu is collapsed). */
  icon: IconName;
  feature?: string;
  items: readonly MenuItem[];
}

const item = (label: string, path: string, feature?: string): MenuItem => ({
  label,
  path,
  implemented: false,
  ...(feature ? { feature } : {}),
});
const screen = (label: string, path: string, feature?: string): MenuItem => ({
  ...item(label, path, feature),
  implemented: true,
});

export const menu: readonly MenuSection[] = [
  { label: 'Dashboard', icon: 'dashboard', items: [screen('Status', urls.dashboard)] },
  {
    label: 'Security Fabric',
    icon: 'fabric',
    items: [
      item('Physical Topology', '/security-fabric/physical-topology'),
      item('Logical Topology', '/security-fabric/logical-topology'),
      item('Security Rating', '/security-fabric/security-rating'),
      item('Automation', '/security-fabric/automation'),
      screen('Settings', urls.fabricSettings),
    ],
  },
  {
    label: 'FortiView',
    icon: 'fortiview',
    items: [
      item('Sources', '/fortiview/sources'),
      item('Destinations', '/fortiview/destinations'),
      item('Applications', '/fortiview/applications', 'gui-application-control'),
      item('Web Sites', '/fortiview/web-sites', 'gui-webfilter'),
      item('Threats', '/fortiview/threats'),
      item('All Sessions', '/fortiview/all-sessions'),
    ],
  },
  {
    label: 'Network',
    icon: 'network',
    items: [
      screen('Interfaces', urls.interfaces),
      item('DNS', '/network/dns'),
      item('Packet Capture', '/network/packet-capture'),
      item('SD-WAN', '/network/sd-wan', 'gui-wan-load-balancing'),
      item('Static Routes', '/network/static-routes'),
      item('Policy Routes', '/network/policy-routes'),
    ],
  },
  {
    label: 'System',
    icon: 'system',
    items: [
      item('Administrators', '/system/administrators'),
      item('Admin Profiles', '/system/admin-profiles'),
      item('Firmware', '/system/firmware'),
      item('Settings', '/system/settings'),
      item('HA', '/system/ha'),
      item('SNMP', '/system/snmp'),
      item('Replacement Messages', '/system/replacement-messages'),
      item('FortiGuard', '/system/fortiguard'),
      item('Advanced', '/system/advanced'),
      screen('Feature Visibility', urls.featureVisibility),
      item('Tags', '/system/tags', 'gui-object-colors'),
      item('Certificates', '/system/certificates', 'gui-certificates'),
    ],
  },
  {
    label: 'Policy & Objects',
    icon: 'policy',
    items: [
      item('IPv4 Policy', '/policy-objects/ipv4-policy'),
      item('IPv6 Policy', '/policy-objects/ipv6-policy', 'gui-ipv6'),
      item('Addresses', '/policy-objects/addresses'),
      item('Services', '/policy-objects/services'),
      item('Schedules', '/policy-objects/schedules'),
      item('Virtual IPs', '/policy-objects/virtual-ips'),
      item('IP Pools', '/policy-objects/ip-pools'),
      item('Traffic Shapers', '/policy-objects/traffic-shapers', 'gui-traffic-shaping'),
    ],
  },
  {
    label: 'Security Profiles',
    icon: 'security',
    items: [
      item('AntiVirus', '/security-profiles/antivirus', 'gui-antivirus'),
      item('Web Filter', '/security-profiles/web-filter', 'gui-webfilter'),
      item('DNS Filter', '/security-profiles/dns-filter', 'gui-dnsfilter'),
      item('Application Control', '/security-profiles/application-control', 'gui-application-control'),
      item('Intrusion Prevention', '/security-profiles/intrusion-prevention', 'gui-ips'),
      item('SSL/SSH Inspection', '/security-profiles/ssl-ssh-inspection'),
      screen('FortiClient Compliance', urls.complianceProfiles, 'gui-endpoint-control'),
    ],
  },
  {
    label: 'VPN',
    icon: 'vpn',
    feature: 'gui-vpn',
    items: [
      item('IPsec Tunnels', '/vpn/ipsec-tunnels'),
      item('IPsec Wizard', '/vpn/ipsec-wizard'),
      item('SSL-VPN Portals', '/vpn/ssl-portals'),
      screen('SSL-VPN Settings', urls.sslVpnSettings),
    ],
  },
  {
    label: 'User & Device',
    icon: 'user',
    items: [
      item('User Definition', '/user-device/user-definition'),
      item('User Groups', '/user-device/user-groups'),
      item('Guest Management', '/user-device/guest-management'),
      item('Device Inventory', '/user-device/device-inventory'),
    ],
  },
  {
    label: 'WiFi & Switch Controller',
    icon: 'wifi',
    items: [
      item('Managed FortiAPs', '/wifi-switch/managed-fortiaps', 'gui-wireless-controller'),
      item('SSID', '/wifi-switch/ssid', 'gui-wireless-controller'),
      item('Managed FortiSwitch', '/wifi-switch/managed-fortiswitch', 'gui-switch-controller'),
      item('FortiSwitch VLANs', '/wifi-switch/fortiswitch-vlans', 'gui-switch-controller'),
    ],
  },
  {
    label: 'Log & Report',
    icon: 'log',
    items: [
      item('Forward Traffic', '/log-report/forward-traffic'),
      item('Local Traffic', '/log-report/local-traffic'),
      item('Events', '/log-report/events'),
      item('Log Settings', '/log-report/log-settings'),
    ],
  },
  {
    label: 'Monitor',
    icon: 'monitor',
    items: [
      item('Routing Monitor', '/monitor/routing-monitor'),
      item('DHCP Monitor', '/monitor/dhcp-monitor'),
      screen('FortiClient Monitor', urls.forticlientMonitor, 'gui-endpoint-control'),
    ],
  },
];

/** Answers whether a Feature Visibility key is enabled; unknown (not yet loaded) counts as hidden. */
export type FeatureCheck = (key: string) => boolean;

const visible = (key: string | undefined, isOn: FeatureCheck): boolean => key === undefined || isOn(key);

/** The menu as the user sees it: hidden entries removed, empty sections dropped. */
export function visibleMenu(isOn: FeatureCheck, sections: readonly MenuSection[] = menu): MenuSection[] {
  return sections
    .filter((s) => visible(s.feature, isOn))
    .map((s) => ({ ...s, items: s.items.filter((i) => visible(i.feature, isOn)) }))
    .filter((s) => s.items.length > 0);
}

const isUnder = (pathname: string, base: string): boolean =>
  pathname === base || pathname.startsWith(`${base}/`);

/** The section and item a route belongs to (the item whose path is the longest prefix of it). */
export function menuEntryFor(
  pathname: string,
  sections: readonly MenuSection[] = menu,
): { section: MenuSection; item: MenuItem } | undefined {
  let best: { section: MenuSection; item: MenuItem } | undefined;
  for (const section of sections)
    for (const it of section.items)
      if (isUnder(pathname, it.path) && (!best || it.path.length > best.item.path.length))
        best = { section, item: it };
  return best;
}

/** The Feature Visibility keys that must all be enabled for a route to be shown. */
export function featureKeysFor(pathname: string, sections: readonly MenuSection[] = menu): string[] {
  const entry = menuEntryFor(pathname, sections);
  if (!entry) return [];
  return [entry.section.feature, entry.item.feature].filter((k): k is string => k !== undefined);
}
