import type { RouteObject } from 'react-router';
import { SslVpnSettingsPage } from './SslVpnSettingsPage';

export const routes: RouteObject[] = [{ path: '/vpn/ssl-settings', element: <SslVpnSettingsPage /> }];
