import type { RouteObject } from 'react-router';
import { urls } from '../../urls';

/** Loaded on first visit: only the Dashboard is in the initial bundle (bench/cold-load.ts). */
export const routes: RouteObject[] = [
  {
    path: urls.featureVisibility,
    lazy: async () => ({ Component: (await import('./FeatureVisibilityPage')).FeatureVisibilityPage }),
  },
];
