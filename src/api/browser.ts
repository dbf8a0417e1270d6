/**
 * The in-browser device: the REST handlers in an MSW service worker over a device restored from
 * IndexedDB (or opened fresh with `?scenario=<name>`), kept in step with the browser's other tabs
 * (./storage-writer.ts). Started by src/device-loading.ts while the console renders; when it resolves,
 * `<html data-ready="true">` tells tests the API answers.
 */
import { setupWorker } from 'msw/browser';
import { REVISION_CHANNEL } from '../client/revision';
import { FixedClock } from '../device';
import { openDeviceStore, type DeviceStore } from './device-store';
import { createHandlers } from './handlers';
import { DeviceHost } from './host';
import { DeviceKeeper, browserLock, openDevice } from './storage-writer';
import { StoredLoginSessions } from './login-sessions';

export interface MockDevice {
  /** Why the stored or requested device could not be used, for a visible notice; null when all is well. */
  notice: string | null;
  /** Tells `listener` each later notice (the browser refused to store a change), until unsubscribed. */
  onNotice(listener: (notice: string) => void): () => void;
}

/**
 * Starts the device and its worker. `search` is the query string the page was opened with: its
 * `?scenario=` opens that scenario fresh (taking the parameter off the address is the caller's job,
 * see src/device-loading.ts). `repaired` says what src/api/storage-check.ts had to clear before MSW
 * read its own storage; `early` is the device's store, opened (and its first read started) before
 * this module loaded.
 */
export async function startMockDevice(
  search: string,
  repaired: string | null = null,
  early?: Promise<DeviceStore>,
): Promise<MockDevice> {
  // The service worker starts (about 70 ms, mostly waiting) while the device is read from IndexedDB;
  // its handlers are added once the device is there. Nothing asks before: the console's client holds
  // its requests until this resolves, and tests wait for `data-ready`.
  const worker = setupWorker();
  const started = worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    // Beside the page, wherever it was copied to (the page's address is its root, src/app/address.ts).
    serviceWorker: { url: new URL('mockServiceWorker.js', location.href).pathname },
  });
  const clock = new FixedClock();
  let store: DeviceStore | null = null;
  try {
    store = await (early ?? openDeviceStore());
  } catch {
    store = null;
  }
  const legacy = (() => {
    try {
      return localStorage;
    } catch {
      return null;
    }
  })();
  const opened = await openDevice(search, store, legacy, clock);

  const listeners = new Set<(notice: string) => void>();
  // Sessions and lockouts are timed by the wall clock; the device keeps its fixed clock (api/login.ts).
  const host = new DeviceHost(opened.device, new StoredLoginSessions(legacy), {
    testToken: true,
    authClock: { now: () => Date.now() },
  });
  const channel = new BroadcastChannel(REVISION_CHANNEL);
  const keeper = new DeviceKeeper(host, store, {
    clock,
    lock: browserLock(),
    logLength: opened.logLength,
    onStored: (device) => channel.postMessage(device.revision),
    onRefused: (notice) => {
      for (const l of listeners) l(notice);
    },
  });

  worker.use(...createHandlers(host, [], (request, run) => keeper.serve(request, run)));
  await started;
  document.documentElement.dataset['ready'] = 'true';
  const notice = [repaired, opened.notice].filter(Boolean).join(' ') || null;
  return {
    notice,
    onNotice(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
