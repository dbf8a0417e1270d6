/**
 * Issue 14 item 2: with the browser's storage full, the right password answered "Authentication
 * failure", because the session store's `setItem` threw inside the login handler. Login must never
 * depend on free storage: the session lives in the page's memory when storage refuses it.
 */
import { describe, expect, it } from 'vitest';
import { FixedClock, buildScenario } from '../device';
import { createRoutes } from './handlers';
import { DeviceHost } from './host';
import { answer } from './request-table';
import { StoredLoginSessions } from './login-sessions';

/** localStorage at its quota: reads work, every write throws as Chromium's does. */
class FullStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(): void {
    throw new DOMException("Failed to execute 'setItem' on 'Storage'", 'QuotaExceededError');
  }
}

const login = (host: DeviceHost) => {
  const request = new Request('http://fgsim.test/logincheck', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'admin', secretkey: '', ajax: '1' }).toString(),
  });
  return answer(createRoutes(host), { request, cookies: {} });
};

describe('sessions when storage is full', () => {
  it('a session added while storage refuses is still found, and removed', () => {
    const sessions = new StoredLoginSessions(new FullStorage());
    sessions.add({ id: 's1', csrf: 'c1', user: 'admin', seen: 0 });
    expect(sessions.get('s1')).toEqual({ id: 's1', csrf: 'c1', user: 'admin', seen: 0 });
    sessions.remove('s1');
    expect(sessions.get('s1')).toBeUndefined();
  });

  it('the right password logs in, and the session it names lets a write through', async () => {
    const host = new DeviceHost(
      buildScenario('telemetry-on', new FixedClock()),
      new StoredLoginSessions(new FullStorage()),
    );
    const response = await login(host);
    expect(response?.status).toBe(200);
    const cookies = response?.headers.getSetCookie() ?? [];
    const session = /APSCOOKIE_[^=]*="?([^";]*)/.exec(cookies.join(';'));
    const csrf = /ccsrftoken="?([^";]*)/.exec(cookies.join(';'))?.[1];
    expect(session).not.toBeNull();
    const name = cookies.join(';').match(/(APSCOOKIE_[^=]*)=/)?.[1] ?? '';
    const put = new Request('http://fgsim.test/api/v2/cmdb/system/interface/internal', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-CSRFTOKEN': csrf ?? '' },
      body: JSON.stringify({ alias: 'after-login' }),
    });
    const written = await answer(createRoutes(host), {
      request: put,
      cookies: { [name]: session?.[1] ?? '' },
    });
    expect(written?.status).toBe(200);
    expect(host.device.find('system interface', 'internal')?.alias).toBe('after-login');
  });

  it("another tab's login, stored while there was room, still counts", () => {
    const storage = new FullStorage();
    storage.items.set(
      'fgsim.sessions',
      JSON.stringify({ s2: { id: 's2', csrf: 'c2', user: 'admin', seen: 0 } }),
    );
    expect(new StoredLoginSessions(storage).get('s2')?.csrf).toBe('c2');
  });
});
