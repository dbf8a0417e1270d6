import type { RouteObject } from 'react-router';
import { urls } from '../../urls';

/** Loaded on first visit: only the Dashboard is in the initial bundle (see src/app/routes.tsx). */
export const routes: RouteObject[] = [
  {
    path: urls.revisions,
    lazy: async () => ({ Component: (await import('./RevisionsPage')).RevisionsPage }),
  },
];
