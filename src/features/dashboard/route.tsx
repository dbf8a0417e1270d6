import type { RouteObject } from 'react-router';
import { StatusPage } from './StatusPage';

export const routes: RouteObject[] = [{ path: '/dashboard/status', element: <StatusPage /> }];
