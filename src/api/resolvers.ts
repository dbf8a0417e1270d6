/**
 * What every REST handler shares, written once as higher-order resolvers: who is asking (session
 * cookie or API token → 401), whether a write carries its session's CSRF token (→ 403), and turning
 * whatever a handler throws into the device's error envelope. Handlers themselves only parse, call
 * one device function and wrap the answer.
 */
import { DeviceError, type Device } from '../device';
import { API_TOKEN, CSRF_HEADER } from './credentials';
import { failure, type Where } from './envelope';
import type { DeviceHost } from './host';
import type { RouteResolver } from './request-table';
import type { LoginSession } from './login-sessions';

/** A refusal that is not the device's: 401, 403, 404 of a path, 405. */
export class HttpFailure extends Error {
  constructor(
    readonly status: 401 | 403 | 404 | 405,
    message: string,
  ) {
    super(message);
    this.name = 'HttpFailure';
  }
}

export type Caller =
  | { kind: 'session'; session: LoginSession }
  /** An API user's key (`user`), or the test token (`user` undefined). */
  | { kind: 'token'; user?: string }
  | { kind: 'anonymous' };

export interface ApiContext {
  request: Request;
  url: URL;
  cookies: Record<string, string>;
  host: DeviceHost;
  /** The current device, taken once per request. */
  device: Device;
  where: Where;
  caller: Caller;
}

export type ApiResolver = (ctx: ApiContext) => Response | Promise<Response>;
/** Reads the envelope's path/name/mkey/action off a request; never throws. */
export type Locate = (url: URL, method: string) => Where;

const WRITES = new Set(['POST', 'PUT', 'DELETE']);

/**
 * Who is asking: an API key (`Authorization: Bearer <key>` or `?access_token=<key>`; a key that opens
 * nothing, or comes from outside its API user's trusted hosts, makes the caller anonymous, it does not
 * fall back to a cookie), else a live session cookie.
 */
export function callerOf(
  request: Request,
  url: URL,
  cookies: Record<string, string>,
  host: DeviceHost,
): Caller {
  const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1]?.trim();
  const key = bearer ?? url.searchParams.get('access_token') ?? undefined;
  if (key !== undefined) {
    if (host.options.testToken && key === API_TOKEN) return { kind: 'token' };
    if (host.options.internalKey !== undefined && key === host.options.internalKey) return { kind: 'token' };
    const user = host.logins.apiUserOf(key, host.logins.addressOf(request));
    return user === undefined ? { kind: 'anonymous' } : { kind: 'token', user };
  }
  const session = host.logins.sessionOf(request, cookies);
  return session ? { kind: 'session', session } : { kind: 'anonymous' };
}

/** 401 unless the request carries a live session cookie or the API token. */
export const withAuthentication =
  (resolver: ApiResolver): ApiResolver =>
  (ctx) => {
    if (ctx.caller.kind === 'anonymous') throw new HttpFailure(401, 'Not logged in.');
    return resolver(ctx);
  };

/** 403 for a write by a GUI session whose `X-CSRFTOKEN` header is not that session's token. */
export const withCsrf =
  (resolver: ApiResolver): ApiResolver =>
  (ctx) => {
    const { caller, request } = ctx;
    if (caller.kind === 'session' && WRITES.has(request.method)) {
      const sent = request.headers.get(CSRF_HEADER)?.replace(/^"|"$/g, '');
      if (sent !== caller.session.csrf) throw new HttpFailure(403, 'Invalid or missing CSRF token.');
    }
    return resolver(ctx);
  };

/** The envelope for anything a handler threw: HttpFailure, DeviceError, or a bug (500, error -1). */
export function errorResponse(device: Device, where: Where, e: unknown): Response {
  if (e instanceof HttpFailure) return failure(device, where, e.status, { message: e.message });
  if (e instanceof DeviceError) {
    if (e.code === 'not-found') return failure(device, where, 404, { message: e.message });
    return failure(device, where, 500, {
      error: e.code,
      message: e.message,
      ...(e.field !== undefined ? { field: e.field } : {}),
    });
  }
  return failure(device, where, 500, { error: -1, message: `internal error: ${String(e)}` });
}

/** Adapts an API resolver to a route: builds its context and answers every failure with an envelope. */
export function endpoint(host: DeviceHost, locate: Locate, resolver: ApiResolver): RouteResolver {
  return async ({ request, cookies }) => {
    const url = new URL(request.url);
    const device = host.device;
    const where = locate(url, request.method);
    try {
      const caller = callerOf(request, url, cookies, host);
      return await resolver({ request, url, cookies, host, device, where, caller });
    } catch (e) {
      return errorResponse(host.device, where, e);
    }
  };
}

/** An endpoint only a logged-in caller may use, whose writes need the CSRF token. */
export const guarded = (host: DeviceHost, locate: Locate, resolver: ApiResolver): RouteResolver =>
  endpoint(host, locate, withAuthentication(withCsrf(resolver)));

/** The JSON body of a write: size and nesting are bounded, and malformed JSON is -651 (./body.ts). */
export { readJson } from './body';
