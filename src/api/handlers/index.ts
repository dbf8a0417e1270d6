/**
 * Every route of the REST door, in match order: the CMDB, the monitor calls, fgsim's CLI and scenario
 * calls, login, and last a catch-all under `/api/v2/` that answers 405 for a known path with the wrong
 * method and 404 otherwise. All of them are served by one MSW handler (../request-table.ts).
 */
import type { HttpHandler } from 'msw';
import type { Where } from '../envelope';
import type { DeviceHost } from '../host';
import { under } from '../url-patterns';
import { failure } from '../envelope';
import { HttpFailure, callerOf, endpoint, withAuthentication } from '../resolvers';
import { route, routeHandler, type Around, type Route } from '../request-table';
import { authRoutes } from './auth';
import { changesRoutes } from './changes';
import { cliRoutes } from './cli';
import { configFileRoutes } from './config-file';
import { cmdbRoutes, cmdbTarget, locateCmdb } from './cmdb';
import { isMonitorPath, monitorApiRoutes } from './monitor';
import { scenarioRoutes } from './scenario';

function locateAny(url: URL, method: string): Where {
  if (url.pathname.includes('/api/v2/cmdb/')) return locateCmdb(url, method);
  const [, path = '', name = '', action] =
    /\/api\/v2\/(?:monitor\/)?([^/]*)\/?([^/]*)\/?([^/]*)/.exec(url.pathname) ?? [];
  const monitor = url.pathname.includes('/api/v2/monitor/') ? { monitor: true } : {};
  return { method, path, name, ...(action ? { action } : {}), ...monitor };
}

function knownPath(url: URL): boolean {
  if (url.pathname.includes('/api/v2/cmdb/')) {
    try {
      cmdbTarget(url);
      return true;
    } catch {
      return false;
    }
  }
  return isMonitorPath(url.pathname);
}

function fallback(host: DeviceHost): Route {
  return route(
    '*',
    under('/api/v2/'),
    endpoint(
      host,
      locateAny,
      withAuthentication(({ url, request }) => {
        if (knownPath(url)) throw new HttpFailure(405, `Method ${request.method} not allowed here.`);
        throw new HttpFailure(404, `Unknown path: ${url.pathname}`);
      }),
    ),
  );
}

/**
 * 401 before routing (reference §13): a request under `/api/v2/` without a live session or a valid
 * key is refused whatever its path — clients probe paths 6.0 does not have and expect 401, not 404.
 * Answers nothing for everyone else, so the real route answers.
 */
function unauthorized(host: DeviceHost): Route {
  return route('*', under('/api/v2/'), ({ request, cookies }) => {
    const url = new URL(request.url);
    if (callerOf(request, url, cookies, host).kind !== 'anonymous') return undefined;
    return failure(host.device, locateAny(url, request.method), 401, { message: 'Not logged in.' });
  });
}

/** The routes for one device host, most asked-for first (after the 401 gate). */
export function createRoutes(host: DeviceHost): Route[] {
  return [
    unauthorized(host),
    ...cmdbRoutes(host),
    ...monitorApiRoutes(host),
    ...cliRoutes(host),
    ...configFileRoutes(host),
    ...scenarioRoutes(host),
    ...changesRoutes(host),
    ...authRoutes(host),
    fallback(host),
  ];
}

/**
 * The MSW handlers for one device host, browser (setupWorker) and Node (setupServer) alike; `before`
 * routes run first and may let the request go on by answering nothing; `around` wraps the answering
 * of every request (the browser stores a write before it is answered, ../storage-writer.ts).
 */
export function createHandlers(
  host: DeviceHost,
  before: readonly Route[] = [],
  around?: Around,
): HttpHandler[] {
  return [routeHandler([...before, ...createRoutes(host)], around)];
}
