/** Logging in and out as the device's GUI does (the login session: `POST /logincheck`, `POST /logout`, its cookie). */
import { csrfToken, fetchFromDevice } from './http';

type LoginListener = () => Promise<void> | void;
const loginListeners = new Set<LoginListener>();

/**
 * Runs `listener` after each accepted login, before `login` resolves (the served console opens a
 * `?scenario=` asked for before logging in). Returns the unsubscribe.
 */
export function onLoggedIn(listener: LoginListener): () => void {
  loginListeners.add(listener);
  return () => loginListeners.delete(listener);
}

/** Returns true when the device accepted the credentials (its answer starts with `1`). */
export async function login(username: string, password: string): Promise<boolean> {
  const body = new URLSearchParams({ username, secretkey: password, ajax: '1' });
  const response = await fetchFromDevice('/logincheck', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    credentials: 'same-origin',
    body,
  });
  const text = await response.text();
  const ok = response.ok && text.startsWith('1');
  if (ok) for (const l of [...loginListeners]) await l();
  return ok;
}

export async function logout(): Promise<void> {
  await fetchFromDevice('/logout', { method: 'POST', credentials: 'same-origin' });
}

/**
 * True while the CSRF cookie a login sets is present (the device answers 401 once the session is
 * gone). The session cookie itself is HttpOnly on a served device, so the page cannot see it.
 */
export function hasLoginCookie(): boolean {
  return csrfToken() !== undefined;
}
