/**
 * The console on a served device (`npm run serve`, src/server): the server marks its index.html
 * `data-fgsim-served`, and the page then starts no device of its own — no service worker, no
 * storage — and the same src/client code talks to the server. Revisions come as server-sent events
 * (`/fgsim/events`, for a logged-in console), so a change made in another browser, or by curl, shows
 * here at once.
 * `?scenario=<name>` opens that scenario on the server's device: at once when this browser is logged
 * in, else right after the login (the server opens scenarios for a logged-in administrator only).
 */
import type { MockDevice } from './api/browser';
import { noteRevision } from './client/revision';
import { csrfToken } from './client/http';
import { hasLoginCookie, onLoggedIn } from './client/login';

export const isServedPage = (): boolean => document.documentElement.dataset['fgsimServed'] === 'true';

async function openScenario(name: string): Promise<string | null> {
  const token = csrfToken() ?? '';
  const answer = await fetch('/api/v2/fgsim/scenario', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRFTOKEN': token },
    credentials: 'same-origin',
    body: JSON.stringify({ name }),
  });
  if (answer.ok) return null;
  const env = (await answer.json().catch(() => ({}))) as { message?: string };
  return `The scenario "${name}" could not be opened: ${env.message ?? `HTTP ${answer.status}`}.`;
}

export async function startServedConsole(requested: string | null): Promise<MockDevice> {
  // The events need a login (a 401 closes an EventSource for good): listened to once logged in, and
  // again after each login (a session that ended, by logout or idle timeout, was cut off).
  let events: EventSource | null = null;
  const listen = (): void => {
    if (events && events.readyState !== EventSource.CLOSED) return;
    events = new EventSource('/fgsim/events');
    events.onmessage = (e: MessageEvent<unknown>) => {
      if (typeof e.data === 'string' && e.data !== '') noteRevision(e.data);
    };
  };
  if (hasLoginCookie()) listen();
  onLoggedIn(listen);
  let notice: string | null = null;
  if (requested !== null) {
    if (hasLoginCookie()) notice = await openScenario(requested);
    else {
      const stop = onLoggedIn(async () => {
        stop();
        const failed = await openScenario(requested);
        if (failed) console.warn(`fgsim: ${failed}`);
      });
    }
  }
  document.documentElement.dataset['ready'] = 'true';
  // A served device refuses what it cannot keep in the answer itself: no later notices come.
  return { notice, onNotice: () => () => undefined };
}
