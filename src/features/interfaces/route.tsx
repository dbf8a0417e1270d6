import type { RouteObject } from 'react-router';
import { createPath, listPath } from './paths';

/** Loaded on first visit: only the Dashboard is in the initial bundle (see src/app/routes.tsx). */
export const routes: RouteObject[] = [
  {
    path: listPath,
    lazy: async () => ({ Component: (await import('./InterfacesPage')).InterfacesPage }),
  },
  {
    path: createPath,
    lazy: async () => ({ Component: (await import('./CreateInterfacePage')).CreateInterfacePage }),
  },
  {
    path: `${listPath}/edit/:name`,
    lazy: async () => ({ Component: (await import('./EditInterfacePage')).EditInterfacePage }),
  },
];
