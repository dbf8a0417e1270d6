import type { RouteObject } from 'react-router';

/** Loaded on first visit: only the Dashboard is in the initial bundle (see src/app/routes.tsx). */
export const routes: RouteObject[] = [
  {
    path: '/vpn/ssl-settings',
    lazy: async () => ({ Component: (await import('./SslVpnSettingsPage')).SslVpnSettingsPage }),
  },
];
