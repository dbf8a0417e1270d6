import type { RouteObject } from 'react-router';
import { urls } from '../../urls';
import { StatusPage } from './StatusPage';

/**
 * The landing page, so it is in the initial bundle; every other screen's route.tsx loads its page
 * with `lazy` (see src/app/routes.tsx).
 */
export const routes: RouteObject[] = [{ path: urls.dashboard, element: <StatusPage /> }];
