/**
 * Every handler of the REST door, in match order: login, the monitor calls, the CMDB, and last a
 * catch-all under `/api/v2/` that answers 405 for a known path with the wrong method and 404 otherwise.
 */
import { http } from 'msw';
import type { Where } from '../envelope';
import type { DeviceHost } from '../host';
import { under } from '../paths';
import { HttpFailure, endpoint, withSession } from '../resolvers';
import { authHandlers } from './auth';
import { cliHandlers } from './cli';
import { cmdbHandlers, cmdbTarget, locateCmdb } from './cmdb';
import { isMonitorPath, monitorHandlers } from './monitor';
import { scenarioHandlers } from './scenario';

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

function fallback(host: DeviceHost) {
  return http.all(
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

/** The handlers for one device host. Browser (setupWorker) and Node (setupServer) both use this list. */
export function createHandlers(host: DeviceHost) {
  // The CMDB first: MSW parses each handler in turn until one matches, and most requests are CMDB's.
  return [
    ...cmdbHandlers(host),
    ...monitorHandlers(host),
    ...cliHandlers(host),
    ...scenarioHandlers(host),
    ...authHandlers(host),
    fallback(host),
  ];
}
