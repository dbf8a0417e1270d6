/**
 * The trainer page's calls to seat 0 (src/server/trainer.ts): the class's table, live as server-sent
 * events, a seat's reset and its configuration file. Logged in with seat 0's own `/logincheck`; writes
 * send the session's CSRF token, read from the `ccsrftoken_<n>` cookie seat 0 names in the table (a
 * browser sends every seat's cookies to every port, so the unsuffixed `ccsrftoken` may be another seat's).
 */
import type { ClassView, SeatView } from '../server/class-view';

export type { ClassView, SeatView };

export class NotLoggedIn extends Error {
  constructor() {
    super('Not logged in.');
    this.name = 'NotLoggedIn';
  }
}

export type LoginResult = 'ok' | 'failed' | 'locked';

export async function logIn(username: string, password: string): Promise<LoginResult> {
  const answer = await fetch('/logincheck', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    credentials: 'same-origin',
    body: new URLSearchParams({ username, secretkey: password, ajax: '1' }),
  });
  const text = await answer.text();
  if (answer.ok && text.startsWith('1')) return 'ok';
  return text.startsWith('2') ? 'locked' : 'failed';
}

export async function logOut(): Promise<void> {
  await fetch('/logout', { method: 'POST', credentials: 'same-origin' });
}

export async function readClass(): Promise<ClassView> {
  const answer = await fetch('/fgsim/class/seats', { credentials: 'same-origin' });
  if (answer.status === 401) throw new NotLoggedIn();
  if (!answer.ok) throw new Error(`The class could not be read (HTTP ${answer.status}).`);
  return (await answer.json()) as ClassView;
}

/** Calls `onView` with every new table; `onGone` when the stream ends for good (logged out). Returns the stop. */
export function watchClass(onView: (view: ClassView) => void, onGone: () => void): () => void {
  const events = new EventSource('/fgsim/class/events');
  events.onmessage = (e: MessageEvent<unknown>) => {
    if (typeof e.data === 'string') onView(JSON.parse(e.data) as ClassView);
  };
  events.onerror = () => {
    // EventSource reconnects by itself; a refusal (401) closes it, and then the login is gone.
    if (events.readyState === EventSource.CLOSED) onGone();
  };
  return () => events.close();
}

function csrfToken(cookieName: string): string {
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookieName) return value.join('=').replace(/^"|"$/g, '');
  }
  return '';
}

export async function resetSeat(view: ClassView, seat: number, scenario: string): Promise<void> {
  const answer = await fetch(`/fgsim/class/seats/${seat}/reset`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-CSRFTOKEN': csrfToken(view.csrfCookie) },
    body: JSON.stringify({ scenario }),
  });
  if (answer.status === 401) throw new NotLoggedIn();
  if (!answer.ok) {
    const body = (await answer.json().catch(() => ({}))) as { message?: string };
    throw new Error(body.message ?? `HTTP ${answer.status}`);
  }
}

/** Where a seat's configuration file is downloaded from (a link: the browser saves it). */
export const configUrl = (seat: number): string => `/fgsim/class/seats/${seat}/config`;

/** A seat's console, on its own port of the host this page came from. */
export function consoleUrl(seat: SeatView, location: Pick<Location, 'protocol' | 'hostname'>): string {
  const host = location.hostname.includes(':') ? `[${location.hostname}]` : location.hostname;
  return `${location.protocol}//${host}:${seat.port}/`;
}
