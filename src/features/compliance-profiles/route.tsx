import type { RouteObject } from 'react-router';
import { editPattern, urls } from '../../urls';

const list = async () => ({ Component: (await import('./ProfileListPage')).ProfileListPage });
const edit = async () => ({ Component: (await import('./ProfileEditPage')).ProfileEditPage });

/** Loaded on first visit: only the Dashboard is in the initial bundle (see src/app/routes.tsx). */
export const routes: RouteObject[] = [
  { path: urls.complianceProfiles, lazy: list },
  { path: editPattern(urls.complianceProfiles), lazy: edit },
  { path: urls.complianceProfileCreate, lazy: edit },
];
