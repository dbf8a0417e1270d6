import type { RouteObject } from 'react-router';
import { CREATE_ROUTE, LIST_ROUTE } from './model';
import { ProfileEditPage } from './ProfileEditPage';
import { ProfileListPage } from './ProfileListPage';

export const routes: RouteObject[] = [
  { path: LIST_ROUTE, element: <ProfileListPage /> },
  { path: `${LIST_ROUTE}/edit/:name`, element: <ProfileEditPage /> },
  { path: CREATE_ROUTE, element: <ProfileEditPage /> },
];
