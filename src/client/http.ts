/**
 * The one place the GUI sends requests. It speaks the FortiOS REST API: session cookie, the
 * `X-CSRFTOKEN` header on writes, and the response envelope (reference §11). Whatever answers — the
 * in-browser MSW device, the served mode, in principle a real 6.0 FortiGate — looks the same from here.
 */
import { ApiError, explain } from './refusal';

export { ApiError };
import { noteRevision } from './revision';

/** The FortiOS response envelope. */
export interface Envelope<T = unknown> {
  http_method: string;
  revision?: string;
  results?: T;
  vdom?: string;
  path?: string;
  name?: string;
  mkey?: string | number;
  action?: string;
  status: 'success' | 'error';
  http_status: number;
  error?: number;
  serial?: string;
  version?: string;
  build?: number;
}

/**
 * fgsim's explanation of a refusal and the field it is about. A 6.0 device's error envelope carries
 * only the error number, so these come in headers beside it; against a real device they are absent
 * and the GUI words the refusal from the error number.
 */
interface Explanation {
  message?: string;
  field?: string;
}

export function explanation(response: Response): Explanation {
  const read = (name: string): string | undefined => {
    const raw = response.headers.get(name);
    if (raw === null) return undefined;
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  };
  const message = read('X-Fgsim-Message');
  const field = read('X-Fgsim-Field');
  return { ...(message !== undefined ? { message } : {}), ...(field !== undefined ? { field } : {}) };
}

export type Query = Record<string, string | number | boolean | string[] | undefined>;

/**
 * The cookie with this device's CSRF token: `ccsrftoken`, or on one seat of a served class the
 * seat's own `ccsrftoken_<n>` its page names (src/server/static.ts), since a browser sends every
 * seat's cookies on one host to every port.
 */
export function csrfCookieName(): string {
  if (typeof document === 'undefined') return 'ccsrftoken';
  return document.documentElement.dataset['fgsimCsrfCookie'] ?? 'ccsrftoken';
}

export function csrfToken(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const name = csrfCookieName();
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (part.slice(0, eq).trim() === name)
      return part
        .slice(eq + 1)
        .trim()
        .replace(/^"|"$/g, '');
  }
  return undefined;
}

function toSearch(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const item of v) params.append(k, item);
    else params.append(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * GETs of the same URL that are in flight at the same moment share one request (a screen and the
 * shell often ask for the same table while a page opens). Treat answers as read-only.
 */
const inFlight = new Map<string, Promise<Envelope<unknown>>>();

/**
 * Requests wait for this before they are sent: at boot the console renders while the in-browser
 * device (the MSW worker) is still starting, and what it asks for goes out once the device answers.
 */
let answering: Promise<DeviceNotStarted | undefined> = Promise.resolve(undefined);

/**
 * The device the console talks to could not start (its worker would not register, its code would not
 * load): no request can be answered, and whatever else answers at that address (a static file
 * server's 404 or 501) must not be read as the device's refusal.
 */
export class DeviceNotStarted extends Error {
  constructor(readonly reason: string) {
    super(`The device could not start: ${reason}`);
    this.name = 'DeviceNotStarted';
  }
}

/** Holds every request until `ready` settles (src/device-loading.ts: until the device has started). */
export function holdRequestsUntil(ready: Promise<unknown>): void {
  answering = ready.then(
    () => undefined,
    (e: unknown) => new DeviceNotStarted(e instanceof Error ? e.message : String(e)),
  );
}

/**
 * `fetch`, once the device answers: every request the GUI sends goes through here. Throws
 * `DeviceNotStarted` when the device could not start.
 */
export async function fetchFromDevice(input: string, init?: RequestInit): Promise<Response> {
  const failed = await answering;
  if (failed) throw failed;
  return fetch(input, init);
}

/**
 * The body of an answer that is a file (a backup, a saved revision) as text; a refusal comes as the
 * device's JSON envelope instead, and is thrown as the ApiError it says.
 */
export async function fileText(response: Response): Promise<string> {
  const text = await response.text();
  if (response.ok) return text;
  let env: Partial<Envelope> = {};
  try {
    env = JSON.parse(text) as Envelope;
  } catch {
    env = {};
  }
  if (env.revision) noteRevision(env.revision);
  throw new ApiError(
    response.status,
    env.error,
    explanation(response).message ?? explain(response.status, env.error, undefined),
  );
}

/** Sends a request to `/api/v2/...` and returns the whole envelope; throws `ApiError` on refusal. */
export function request<T>(
  method: string,
  url: string,
  opts: { query?: Query; body?: unknown } = {},
): Promise<Envelope<T>> {
  if (method !== 'GET') return send<T>(method, url, opts);
  const key = url + toSearch(opts.query);
  const pending = inFlight.get(key);
  if (pending) return pending as Promise<Envelope<T>>;
  const started = send<T>(method, url, opts).finally(() => inFlight.delete(key));
  inFlight.set(key, started);
  return started;
}

/** The one field a request body sets, when it sets exactly one: what a refusal of it is about. */
function onlyField(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const keys = Object.keys(body);
  return keys.length === 1 ? keys[0] : undefined;
}

async function send<T>(
  method: string,
  url: string,
  opts: { query?: Query; body?: unknown } = {},
): Promise<Envelope<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  const token = csrfToken();
  if (token && method !== 'GET') headers['X-CSRFTOKEN'] = token;
  const response = await fetchFromDevice(url + toSearch(opts.query), {
    method,
    headers,
    credentials: 'same-origin',
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  let env: Partial<Envelope<T>> = {};
  try {
    env = (await response.json()) as Envelope<T>;
  } catch {
    env = {};
  }
  if (env.revision) noteRevision(env.revision);
  if (!response.ok || env.status === 'error') {
    const why = explanation(response);
    const field = why.field ?? onlyField(opts.body);
    throw new ApiError(
      response.status,
      env.error,
      why.message ?? explain(response.status, env.error, field),
      field,
    );
  }
  if (method !== 'GET' && !env.revision) await learnRevision();
  return env as Envelope<T>;
}

/**
 * A 6.0 monitor answer carries no `revision` (docs/fortios-6.0.md §5), so after a monitor write (a
 * FortiClient deregistered) the client asks a small CMDB read for it, and screens re-read if it moved.
 */
async function learnRevision(): Promise<void> {
  try {
    const response = await fetchFromDevice('/api/v2/cmdb/system/global?format=hostname', {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    const env = (await response.json()) as Partial<Envelope>;
    // The write changed the device even when the number looks known (a fresh device counts again).
    if (env.revision) noteRevision(env.revision, { changed: true });
  } catch {
    // The write succeeded; screens still re-read on the device's own revision announcements.
  }
}
