/**
 * Checks what the page keeps in localStorage before anything reads it, and clears what cannot be used,
 * so corrupt or foreign data is a notice, never a dead end (DESIGN.md rule 5). Runs before MSW is
 * imported: MSW reads its cookie store (`__msw-cookie-store__`) when its module is evaluated and
 * throws on an entry that is not a list of cookies ("t is not iterable"), on every load.
 */
import { LOGIN_SESSIONS_KEY, isLoginSession } from './login-sessions';

/** MSW's own key (msw/lib/core/utils/cookieStore). */
export const MSW_COOKIE_STORE_KEY = '__msw-cookie-store__';

type Check = (value: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields tough-cookie's `Cookie.toJSON` writes, with the types `Cookie.fromJSON` reads back. */
const COOKIE_FIELDS: Record<string, Check> = {
  key: (v) => typeof v === 'string',
  value: (v) => typeof v === 'string',
  expires: (v) => typeof v === 'string' && (v === 'Infinity' || !Number.isNaN(Date.parse(v))),
  maxAge: (v) => typeof v === 'number' || v === 'Infinity' || v === '-Infinity',
  domain: (v) => typeof v === 'string',
  path: (v) => typeof v === 'string',
  secure: (v) => typeof v === 'boolean',
  httpOnly: (v) => typeof v === 'boolean',
  hostOnly: (v) => typeof v === 'boolean',
  pathIsDefault: (v) => typeof v === 'boolean',
  sameSite: (v) => typeof v === 'string',
  creation: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  lastAccessed: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  creationIndex: (v) => typeof v === 'number',
  extensions: (v) => Array.isArray(v) && v.every((e) => typeof e === 'string'),
};

/** The JSON `text` holds, or undefined when it is not JSON. */
function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function isCookieStore(text: string): boolean {
  const parsed = parsedJson(text);
  return (
    Array.isArray(parsed) &&
    parsed.every(
      (c) =>
        isObject(c) &&
        typeof c['key'] === 'string' &&
        typeof c['domain'] === 'string' &&
        typeof c['path'] === 'string' &&
        Object.entries(c).every(([k, v]) => Object.hasOwn(COOKIE_FIELDS, k) && COOKIE_FIELDS[k]?.(v)),
    )
  );
}

export function isLoginSessionList(text: string): boolean {
  const parsed = parsedJson(text);
  return isObject(parsed) && Object.entries(parsed).every(([id, s]) => isLoginSession(s) && s.id === id);
}

/**
 * Removes the entries of `storage` the page would choke on; returns the notice saying so, or null
 * when everything could be used.
 */
export function repairStorage(storage: Pick<Storage, 'getItem' | 'removeItem'> | null): string | null {
  if (!storage) return null;
  const cleared: string[] = [];
  const check = (key: string, usable: (text: string) => boolean, what: string) => {
    let text: string | null;
    try {
      text = storage.getItem(key);
    } catch {
      return;
    }
    if (text === null || usable(text)) return;
    try {
      storage.removeItem(key);
    } catch {
      // Cannot be removed either: MSW would still read it, and the notice says so below.
    }
    cleared.push(what);
  };
  check(MSW_COOKIE_STORE_KEY, isCookieStore, 'its stored cookies');
  check(LOGIN_SESSIONS_KEY, isLoginSessionList, 'its stored logins');
  if (cleared.length === 0) return null;
  return `The browser held data the simulator could not read (${cleared.join(' and ')}); it was cleared, so you may have to log in again.`;
}
