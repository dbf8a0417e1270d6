/**
 * The console's address for every screen fgsim simulates, in one table: the router (each screen's
 * route.tsx), the left menu (src/app/menu.ts) and the walkthrough's steps all read it, so a screen's
 * URL is written once. Plain data, so Node (Playwright, the screenshot script) can import it. The
 * paths follow the 6.0 GUI's menu: section, then entry.
 */
export const urls = {
  login: '/login',
  dashboard: '/dashboard/status',
  fabricSettings: '/security-fabric/settings',
  interfaces: '/network/interfaces',
  interfaceCreate: '/network/interfaces/create',
  featureVisibility: '/system/feature-visibility',
  complianceProfiles: '/security-profiles/forticlient-compliance',
  complianceProfileCreate: '/security-profiles/forticlient-compliance/create',
  sslVpnSettings: '/vpn/ssl-settings',
  forticlientMonitor: '/monitor/forticlient-monitor',
  /** admin › Configuration › Revisions (the header's menu, not the left one). */
  revisions: '/system/config/revisions',
} as const;

/** The Edit page of a row, under its list: `/network/interfaces/edit/port1`. */
const editUnder = (list: string, name: string): string => `${list}/edit/${encodeURIComponent(name)}`;

export const interfaceEditUrl = (name: string): string => editUnder(urls.interfaces, name);
export const complianceProfileEditUrl = (name: string): string => editUnder(urls.complianceProfiles, name);

/** The router's pattern for those Edit pages (the row's name is the `:name` parameter). */
export const editPattern = (list: string): string => `${list}/edit/:name`;
