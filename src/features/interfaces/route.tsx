import type { RouteObject } from 'react-router';
import { editPattern, urls } from '../../urls';

/** Loaded on first visit: only the Dashboard is in the initial bundle (see src/app/routes.tsx). */
export const routes: RouteObject[] = [
  {
    path: urls.interfaces,
    lazy: async () => ({ Component: (await import('./InterfacesPage')).InterfacesPage }),
  },
  {
    path: urls.interfaceCreate,
    lazy: async () => ({ Component: (await import('./CreateInterfacePage')).CreateInterfacePage }),
  },
  {
    path: editPattern(urls.interfaces),
    lazy: async () => ({ Component: (await import('./EditInterfacePage')).EditInterfacePage }),
  },
];
