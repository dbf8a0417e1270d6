import type { RouteObject } from 'react-router';

/** Loaded on first visit: only the Dashboard is in the initial bundle (see src/app/routes.tsx). */
export const routes: RouteObject[] = [
  {
    path: '/security-fabric/settings',
    lazy: async () => ({ Component: (await import('./FabricSettingsPage')).FabricSettingsPage }),
  },
];
