/**
 * The route table. Each screen's folder exports its routes from `src/features/<name>/route.tsx`
 * (`export const routes: RouteObject[]`, with the paths of the URL table in src/urls.ts, which the menu
 * table in ./menu.ts and the walkthrough read too); this file
 * only composes them. Menu entries fgsim does not simulate have no route (menu.ts shows them as
 * non-navigable placeholders).
 *
 * route.tsx files must stay small and load their pages with react-router's `lazy`
 * (`lazy: async () => ({ Component: (await import('./Page')).Page })`), so the initial bundle holds
 * only the shell and the Dashboard (cold-load budget: ≤ 1.5× a blank page, bench/cold-load.ts).
 */
import { Navigate, useLocation, type RouteObject } from 'react-router';
import { urls } from '../urls';
import { deepLinkStep, GUIDE_ID } from '../walkthrough';
import { routes as dashboard } from '../features/dashboard/route';
import { routes as complianceProfiles } from '../features/compliance-profiles/route';
import { routes as featureVisibility } from '../features/feature-visibility/route';
import { routes as forticlientMonitor } from '../features/forticlient-monitor/route';
import { routes as interfaces } from '../features/interfaces/route';
import { routes as revisions } from '../features/revisions/route';
import { routes as securityFabric } from '../features/security-fabric/route';
import { routes as sslVpn } from '../features/ssl-vpn/route';
import { NotFound } from './layout/NotFound';
import { Shell } from './layout/Shell';
import { LoginPage } from './login/LoginPage';
import { RequireLogin } from './RequireLogin';

/** The console's root: the Dashboard, unless a guide deep link is there for the guide to follow. */
function Home() {
  const { search, state } = useLocation();
  if (deepLinkStep(search, GUIDE_ID) !== null) return null;
  // The state goes along (LoginPage's `afterLogin`: focus on the page's heading).
  return <Navigate to={urls.dashboard} replace state={state} />;
}

const screens: RouteObject[] = [
  ...dashboard,
  ...featureVisibility,
  ...interfaces,
  ...securityFabric,
  ...sslVpn,
  ...complianceProfiles,
  ...forticlientMonitor,
  ...revisions,
];

export const appRoutes: RouteObject[] = [
  { path: urls.login, element: <LoginPage /> },
  {
    element: (
      <RequireLogin>
        <Shell />
      </RequireLogin>
    ),
    children: [{ index: true, element: <Home /> }, ...screens, { path: '*', element: <NotFound /> }],
  },
];
