import type { RouteObject } from 'react-router';
import { FortiClientMonitorPage } from './FortiClientMonitorPage';

export const routes: RouteObject[] = [
  { path: '/monitor/forticlient-monitor', element: <FortiClientMonitorPage /> },
];
