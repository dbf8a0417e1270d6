/**
 * The monitor API: `/api/v2/monitor/<path>/<name>[/<action>]` (reference §9, §11). Each call is one
 * entry in `monitorRoutes` — method, path, and the one device function that answers it — so the list
 * reads like the reference and the 404/405 catch-all can tell a known path from an unknown one.
 */
import {
  availableInterfaces,
  csfTree,
  DeviceError,
  endpointAction,
  endpointActions,
  endpointRecords,
  interfaceMonitor,
  registrationSummary,
  systemStatus,
  type ChangeOrigin,
  type Device,
} from '../../device';
import { success, type Where } from '../envelope';
import type { DeviceHost } from '../host';
import { originOf } from '../origin';
import { exactly } from '../url-patterns';
import { guarded, readJson } from '../resolvers';
import { route, type Route } from '../request-table';
import { revisionMonitorRoutes } from './monitor-revisions';

const PREFIX = '/api/v2/monitor/';

export interface MonitorRoute {
  method: 'GET' | 'POST';
  /** `<path>/<name>`, e.g. `endpoint-control/registration`. */
  path: string;
  /** Reads answer `select` (and may be called with or without it); POSTs name their verb. */
  action: string;
  answer(device: Device, input: { url: URL; body: unknown; origin: ChangeOrigin }): unknown;
}

/**
 * `uid` / `mac` of a FortiClient action: each a string or a list (reference §9). **Decision**: an
 * unknown uid or MAC is a missing entry, answered like a missing mkey (404, no error number), and the
 * whole action is refused — endpoints named beside it are not touched; naming none at all is -651.
 */
function selector(body: unknown): { uid?: unknown; mac?: unknown } {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new DeviceError(-651, 'body must be an object with uid and/or mac', { field: 'body', value: '' });
  const { uid, mac } = body as { uid?: unknown; mac?: unknown };
  return { uid, mac };
}

export const monitorRoutes: readonly MonitorRoute[] = [
  { method: 'GET', path: 'system/status', action: 'select', answer: (device) => systemStatus(device) },
  {
    method: 'GET',
    path: 'web-ui/state',
    action: 'select',
    // What the 6.0 GUI asks for its clock: now and the last reboot, ms since the epoch, from the device clock.
    answer: (device) => ({
      snapshot_utc_time: device.clock.now(),
      utc_last_reboot: device.state.bootTime,
      model_name: device.state.identity.model_name,
      model_number: device.state.identity.model_number,
      hostname: systemStatus(device).hostname,
    }),
  },
  {
    method: 'GET',
    path: 'system/interface',
    action: 'select',
    answer: (device, { url }) => {
      const all = interfaceMonitor(device);
      const only = url.searchParams.get('interface_name');
      if (only === null) return all;
      const one = Object.create(null) as typeof all;
      if (Object.hasOwn(all, only)) one[only] = all[only] as (typeof all)[string];
      return one;
    },
  },
  // The Security Fabric and FortiClient screens' calls (docs/fortios-6.0.md §5.1), from the device's state.
  { method: 'GET', path: 'system/csf', action: 'select', answer: (device) => csfTree(device) },
  {
    method: 'GET',
    path: 'system/available-interfaces',
    action: 'select',
    answer: (device) => availableInterfaces(device),
  },
  {
    method: 'GET',
    path: 'endpoint-control/registration',
    action: 'summary',
    answer: (device) => registrationSummary(device),
  },
  {
    method: 'GET',
    path: 'endpoint-control/record-list',
    action: 'select',
    answer: (device, { url }) => endpointRecords(device, url.searchParams.get('intf_name') || undefined),
  },
  ...endpointActions.map((action): MonitorRoute => ({
    method: 'POST',
    path: 'endpoint-control/registration',
    action,
    answer: (device, { body, origin }) => {
      endpointAction(device, action, selector(body), origin);
      return {};
    },
  })),
  ...revisionMonitorRoutes,
];

/** The URL paths a route answers: reads also under `…/select`. */
function urlsOf(route: MonitorRoute): string[] {
  const base = `${PREFIX}${route.path}`;
  if (route.method === 'POST' || route.action !== 'select') return [`${base}/${route.action}`];
  return [base, `${base}/select`];
}

/** True when some route answers this URL path, whatever the method — a 405, not a 404, for others. */
export function isMonitorPath(pathname: string): boolean {
  return monitorRoutes.some((r) => urlsOf(r).some((u) => pathname.endsWith(u)));
}

/** The envelope's place: a monitor answer names its `action` only when the URL does (`…/select`). */
function whereOf(route: MonitorRoute, url: URL, method: string): Where {
  const [path = '', name = ''] = route.path.split('/');
  const named = url.pathname.replace(/\/$/, '').endsWith(`/${route.action}`);
  return { method, path, name, monitor: true, ...(named ? { action: route.action } : {}) };
}

export function monitorApiRoutes(host: DeviceHost): Route[] {
  return monitorRoutes.flatMap((r) => {
    const resolver = guarded(
      host,
      (url, method) => whereOf(r, url, method),
      async ({ request, device, url, where, caller }) => {
        const body = r.method === 'POST' ? await readJson(request) : undefined;
        const results = r.answer(device, { url, body, origin: originOf(caller) });
        return success(device, where, { results });
      },
    );
    return urlsOf(r).map((u) => route(r.method, exactly(u), resolver));
  });
}
