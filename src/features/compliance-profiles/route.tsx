import type { RouteObject } from 'react-router';
import { CREATE_ROUTE, LIST_ROUTE } from './model';

const list = async () => ({ Component: (await import('./ProfileListPage')).ProfileListPage });
const edit = async () => ({ Component: (await import('./ProfileEditPage')).ProfileEditPage });

/** Loaded on first visit: only the Dashboard is in the initial bundle (see src/app/routes.tsx). */
export const routes: RouteObject[] = [
  { path: LIST_ROUTE, lazy: list },
  { path: `${LIST_ROUTE}/edit/:name`, lazy: edit },
  { path: CREATE_ROUTE, lazy: edit },
];
