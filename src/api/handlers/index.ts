/**
 * Every route of the REST door, in match order: the CMDB, the monitor calls, fgsim's CLI and scenario
 * calls, login, and last a catch-all under `/api/v2/` that answers 405 for a known path with the wrong
 * method and 404 otherwise. All of them are served by one MSW handler (../routes.ts).
 */
import type { HttpHandler } from 'msw';
import type { Where } from '../envelope';
import type { DeviceHost } from '../host';
import { under } from '../paths';
import { HttpFailure, endpoint, withSession } from '../resolvers';
import { route, routeHandler, type Around, type Route } from '../routes';
import { authRoutes } from './auth';
import { cliRoutes } from './cli';
import { cmdbRoutes, cmdbTarget, locateCmdb } from './cmdb';
import { isMonitorPath, monitorApiRoutes } from './monitor';
import { scenarioRoutes } from './scenario';

function locateAny(url: URL, method: string): Where {
  if (url.pathname.includes('/api/v2/cmdb/')) return locateCmdb(url, method);
  const [, path = '', name = '', action] =
    /\/api\/v2\/(?:monitor\/)?([^/]*)\/?([^/]*)\/?([^/]*)/.exec(url.pathname) ?? [];
  return { method, path, name, ...(action ? { action } : {}) };
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
      withSession(({ url, request }) => {
        if (knownPath(url)) throw new HttpFailure(405, `Method ${request.method} not allowed here.`);
        throw new HttpFailure(404, `Unknown path: ${url.pathname}`);
      }),
    ),
  );
}

/** The routes for one device host, most asked-for first. */
export function createRoutes(host: DeviceHost): Route[] {
  return [
    ...cmdbRoutes(host),
    ...monitorApiRoutes(host),
    ...cliRoutes(host),
    ...scenarioRoutes(host),
    ...authRoutes(host),
    fallback(host),
  ];
}

/**
 * The MSW handlers for one device host, browser (setupWorker) and Node (setupServer) alike; `before`
 * routes run first and may let the request go on by answering nothing; `around` wraps the answering
 * of every request (the browser stores a write before it is answered, ../persistence.ts).
 */
export function createHandlers(
  host: DeviceHost,
  before: readonly Route[] = [],
  around?: Around,
): HttpHandler[] {
  return [routeHandler([...before, ...createRoutes(host)], around)];
}
