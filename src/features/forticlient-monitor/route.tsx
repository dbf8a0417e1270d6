import type { RouteObject } from 'react-router';

/** Loaded on first visit: only the Dashboard is in the initial bundle (see src/app/routes.tsx). */
export const routes: RouteObject[] = [
  {
    path: '/monitor/forticlient-monitor',
    lazy: async () => ({ Component: (await import('./FortiClientMonitorPage')).FortiClientMonitorPage }),
  },
];
