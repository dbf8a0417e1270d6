/**
 * Who sends a request on fgsim's own paths beside the REST door (`/fgsim/events`, the trainer's
 * `/fgsim/class/…`): the REST door's own reading of credentials (`callerOf`: a session cookie, or an
 * API key as `Authorization: Bearer` or `access_token`), over a Node request.
 */
import type http from 'node:http';
import type { DeviceHost } from '../api/host';
import { callerOf, type Caller } from '../api/resolvers';

/** Cookies of a request header, as MSW hands them to the REST handlers. */
export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

/** The Node request as a fetch `Request` (headers only), as the REST handlers see one. */
export function toRequest(req: http.IncomingMessage, url: URL): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
      headers.append(name, v);
  return new Request(url, { method: req.method ?? 'GET', headers });
}

/** The caller of `request` on `host`, read again each time (a session ends, a key is deleted). */
export const callerOfRequest = (request: Request, host: DeviceHost): Caller =>
  callerOf(request, new URL(request.url), parseCookies(request.headers.get('cookie') ?? undefined), host);
