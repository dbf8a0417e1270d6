/** Logging in and out as the device's GUI does (the login session: `POST /logincheck`, `POST /logout`, its cookie). */
import { fetchFromDevice } from './http';

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
  return response.ok && text.startsWith('1');
}

export async function logout(): Promise<void> {
  await fetchFromDevice('/logout', { method: 'POST', credentials: 'same-origin' });
}

/** True while the session cookie is present (the device answers 401 once it is gone). */
export function hasSession(): boolean {
  return typeof document !== 'undefined' && /(?:^|;\s*)APSCOOKIE_/.test(document.cookie);
}
