import type { RouteObject } from 'react-router';

/** Loaded on first visit: only the Dashboard is in the initial bundle (bench/cold-load.ts). */
export const routes: RouteObject[] = [
  {
    path: '/system/feature-visibility',
    lazy: async () => ({ Component: (await import('./FeatureVisibilityPage')).FeatureVisibilityPage }),
  },
];
