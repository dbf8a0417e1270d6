/**
 * The REST door's request table: rows of method, URL pattern and resolver (the handlers/ files build
 * them), served by one MSW handler; not the GUI router's table, which is src/app/routes.tsx. MSW
 * tries its handlers in turn and, for each one it tries, parses the request again — its URL and its
 * cookies, through tough-cookie and the public suffix list. With the door's ~30 routes as ~30 MSW
 * handlers that was up to 30 cookie parses per request (about 15 ms a request on a cold page). One
 * handler parses once and picks the route here, by method and anchored URL pattern
 * (./url-patterns.ts), in table order.
 */
import { http, type HttpHandler } from 'msw';

/** What a route's resolver gets from the request. */
export interface RouteInfo {
  request: Request;
  /** The request's cookies (header, document and MSW's cookie store), as MSW resolves them. */
  cookies: Record<string, string>;
}

/** Answers a request, or returns undefined to let the next matching route answer. */
export type RouteResolver = (info: RouteInfo) => Response | undefined | Promise<Response | undefined>;

export interface Route {
  /** The HTTP method, or `*` for any. */
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | '*';
  /** Anchored pattern on the URL without its query and fragment (see ./url-patterns.ts). */
  url: RegExp;
  resolve: RouteResolver;
}

export const route = (method: Route['method'], url: RegExp, resolve: RouteResolver): Route => ({
  method,
  url,
  resolve,
});

/** The URL a route's pattern is tested on: origin and path, as MSW matches its own handlers. */
function routedUrl(request: Request): string {
  const url = new URL(request.url);
  return url.origin + url.pathname;
}

/** The first route that matches the request and answers it; undefined when none does. */
export async function answer(routes: readonly Route[], info: RouteInfo): Promise<Response | undefined> {
  const { method } = info.request;
  const url = routedUrl(info.request);
  for (const r of routes) {
    if ((r.method !== '*' && r.method !== method) || !r.url.test(url)) continue;
    const response = await r.resolve(info);
    if (response) return response;
  }
  return undefined;
}

/** Runs the answering of one request, e.g. so that a write is stored before it is answered. */
export type Around = (
  request: Request,
  run: () => Promise<Response | undefined>,
) => Promise<Response | undefined>;

/** The whole table as one MSW handler; requests no route answers pass through to the network. */
export function routeHandler(routes: readonly Route[], around?: Around): HttpHandler {
  return http.all(
    ({ request }) => {
      const url = routedUrl(request);
      return routes.some((r) => r.url.test(url));
    },
    async ({ request, cookies }) => {
      try {
        const run = () => answer(routes, { request, cookies });
        return await (around ? around(request, run) : run());
      } catch {
        // Every route answers its own failures; this is the net under a bug, so no stack reaches a client.
        return new Response('Internal Server Error', {
          status: 500,
          headers: { 'Content-Type': 'text/plain' },
        });
      }
    },
  );
}
