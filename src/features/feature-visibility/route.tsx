import type { RouteObject } from 'react-router';
import { FeatureVisibilityPage } from './FeatureVisibilityPage';

export const routes: RouteObject[] = [
  { path: '/system/feature-visibility', element: <FeatureVisibilityPage /> },
];
