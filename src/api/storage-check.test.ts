/**
 * Issue 14 item 8: a malformed entry in MSW's cookie store (localStorage `__msw-cookie-store__`) made
 * MSW's module throw "… is not iterable" when it was evaluated, on every load. The page now checks
 * that key (and its own sessions key) before MSW is imported and clears what cannot be used, with a
 * notice; what MSW itself wrote is kept.
 */
import { CookieJar } from 'tough-cookie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MSW_COOKIE_STORE_KEY, isCookieStore, isLoginSessionList, repairStorage } from './storage-check';
import { LOGIN_SESSIONS_KEY } from './login-sessions';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  withItem(text: string): this {
    this.items.set(MSW_COOKIE_STORE_KEY, text);
    return this;
  }
}

let loads = 0;

/** Evaluates MSW's cookie store module afresh over `storage`, as a page load does. */
async function loadMswCookieStore(storage: MemoryStorage): Promise<unknown> {
  vi.resetModules();
  vi.stubGlobal('localStorage', storage);
  // MSW's internal module, the one that reads the key when evaluated; a fresh instance each time
  // (a module that threw once stays thrown).
  const url = new URL('../../node_modules/msw/lib/core/utils/cookieStore.mjs', import.meta.url);
  url.searchParams.set('load', String(++loads));
  return import(/* @vite-ignore */ url.href);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** Cookies as MSW writes them: tough-cookie's `toJSON` of what a login sets. */
async function realCookieStore(): Promise<string> {
  const jar = new CookieJar();
  await jar.setCookie(
    'APSCOOKIE_1="abc"; Path=/; HttpOnly; SameSite=Strict',
    'http://localhost:5173/logincheck',
  );
  await jar.setCookie('ccsrftoken="x"; Path=/; Max-Age=3600', 'http://localhost:5173/');
  const cookies = await jar.getCookies('http://localhost:5173/');
  return JSON.stringify(cookies.map((c) => c.toJSON()));
}

const malformed: Array<[string, string]> = [
  ['an object instead of a list', '{"a": 1}'],
  ['a number', '42'],
  ['not JSON', '[{"key":'],
  ['a list of numbers', '[1, 2]'],
  ['a cookie without its domain', '[{"key": "a", "value": "b", "path": "/"}]'],
  ['a cookie with a nonsense date', '[{"key": "a", "domain": "localhost", "path": "/", "expires": "soon"}]'],
];

describe("MSW's cookie store", () => {
  it('bricks MSW when malformed: this is the defect the check prevents', async () => {
    await expect(loadMswCookieStore(new MemoryStorage().withItem('{"a": 1}'))).rejects.toThrow(/iterable/);
  });

  it.each(malformed)('%s is cleared with a notice, and MSW then loads', async (_what, text) => {
    const storage = new MemoryStorage();
    storage.setItem(MSW_COOKIE_STORE_KEY, text);
    expect(repairStorage(storage)).toMatch(/could not read \(its stored cookies\)/);
    expect(storage.items.has(MSW_COOKIE_STORE_KEY)).toBe(false);
    await expect(loadMswCookieStore(storage)).resolves.toBeTruthy();
  });

  it('what MSW wrote itself is kept, and no notice', async () => {
    const text = await realCookieStore();
    expect(isCookieStore(text)).toBe(true);
    const storage = new MemoryStorage();
    storage.setItem(MSW_COOKIE_STORE_KEY, text);
    expect(repairStorage(storage)).toBeNull();
    expect(storage.getItem(MSW_COOKIE_STORE_KEY)).toBe(text);
  });
});

describe("the page's stored logins", () => {
  it('a well-formed list is kept', () => {
    expect(isLoginSessionList(JSON.stringify({ s1: { id: 's1', csrf: 'c', user: 'admin', seen: 0 } }))).toBe(
      true,
    );
    expect(isLoginSessionList('{}')).toBe(true);
  });

  it.each([
    ['[]'],
    ['"x"'],
    ['{"s1": {"id": "s2", "csrf": "c", "user": "admin", "seen": 0}}'],
    ['{"s1": null}'],
    // Without the time it was last used the session cannot be timed out (`admintimeout`): the page
    // would drop it without a word, so it is cleared with the notice instead.
    ['{"s1": {"id": "s1", "csrf": "c", "user": "admin"}}'],
  ])('%s is cleared with a notice', (text) => {
    const storage = new MemoryStorage();
    storage.setItem(LOGIN_SESSIONS_KEY, text);
    expect(repairStorage(storage)).toMatch(/its stored logins/);
    expect(storage.items.has(LOGIN_SESSIONS_KEY)).toBe(false);
  });

  it('nothing stored: nothing to say', () => {
    expect(repairStorage(new MemoryStorage())).toBeNull();
  });
});
