/**
 * The in-browser device: the REST handlers in an MSW service worker over a device restored from
 * localStorage (or opened fresh with `?scenario=<name>`). Started by src/device-loading.ts while the
 * console renders; when it resolves, `<html data-ready="true">` tells tests the API answers.
 */
import { setupWorker } from 'msw/browser';
import { REVISION_CHANNEL } from '../client/revision';
import { FixedClock } from '../device';
import { createHandlers } from './handlers';
import { DeviceHost } from './host';
import { under } from './paths';
import { route } from './routes';
import { openDevice, persistDevice } from './persistence';
import { StoredSessions } from './sessions';

export interface MockDevice {
  /** Why the stored or requested device could not be used, for a visible notice; null when all is well. */
  notice: string | null;
}

/**
 * Starts the device and its worker. `search` is the query string the page was opened with: its
 * `?scenario=` opens that scenario fresh (taking the parameter off the address is the caller's job,
 * see src/device-loading.ts).
 */
export async function startMockDevice(search: string): Promise<MockDevice> {
  const clock = new FixedClock();
  const opened = openDevice(search, localStorage, clock);

  // Sessions and lockouts are timed by the wall clock; the device keeps its fixed clock (api/login.ts).
  const host = new DeviceHost(opened.device, new StoredSessions(localStorage), {
    testToken: true,
    authClock: { now: () => Date.now() },
  });
  const channel = new BroadcastChannel(REVISION_CHANNEL);
  const persistence = persistDevice(host, localStorage, {
    clock,
    onSaved: (device) => channel.postMessage(device.revision),
    onError: (e) => console.warn('fgsim: the device could not be saved in this browser', e),
  });
  addEventListener('pagehide', () => persistence.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') persistence.flush();
  });

  const worker = setupWorker(
    ...createHandlers(host, [
      // Answers nothing: brings in another tab's saved change, then lets the real route answer.
      route('*', under('/api/v2/'), () => {
        persistence.syncFromOtherTabs();
        return undefined;
      }),
    ]),
  );
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    // Beside the page, wherever it was copied to (the page's address is its root, src/app/address.ts).
    serviceWorker: { url: new URL('mockServiceWorker.js', location.href).pathname },
  });
  document.documentElement.dataset['ready'] = 'true';
  return { notice: opened.notice };
}
