/**
 * The console on a served device (`npm run serve`, src/server): the server marks its index.html
 * `data-fgsim-served`, and the page then starts no device of its own — no service worker, no
 * storage — and the same src/client code talks to the server. Revisions come as server-sent events
 * (`/fgsim/events`), so a change made in another browser, or by curl, shows here at once.
 * `?scenario=<name>` opens that scenario on the server's device, for a logged-in administrator.
 */
import type { MockDevice } from './api/browser';
import { hasSession } from './client/session';
import { noteRevision } from './client/revision';

export const isServedPage = (): boolean => document.documentElement.dataset['fgsimServed'] === 'true';

export async function startServedConsole(requested: string | null): Promise<MockDevice> {
  const events = new EventSource('/fgsim/events');
  events.onmessage = (e: MessageEvent<unknown>) => {
    if (typeof e.data === 'string' && e.data !== '') noteRevision(e.data);
  };
  let notice: string | null = null;
  if (requested !== null) {
    if (!hasSession()) {
      notice = `Log in, then open ?scenario=${requested} again: a served device opens a scenario only for a logged-in administrator.`;
    } else {
      const token = /(?:^|;\s*)ccsrftoken="?([^";]*)"?/.exec(document.cookie)?.[1] ?? '';
      const answer = await fetch('/api/v2/fgsim/scenario', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRFTOKEN': token },
        credentials: 'same-origin',
        body: JSON.stringify({ name: requested }),
      });
      if (!answer.ok) {
        const env = (await answer.json().catch(() => ({}))) as { message?: string };
        notice = `The scenario "${requested}" could not be opened: ${env.message ?? `HTTP ${answer.status}`}.`;
      }
    }
  }
  document.documentElement.dataset['ready'] = 'true';
  return { notice };
}
