/**
 * Starts the in-browser device. main.tsx imports this module first, so the device's code (the larger
 * half, a dynamic import the HTML preloads) is fetched and run without waiting for the console, and
 * the console renders without waiting for the device: the client holds its requests until the
 * device answers. A page the served mode sent (src/server) uses the server's device instead.
 */
import type { MockDevice } from './api/browser';
import { openDeviceStoreEarly } from './api/device-store';
import { takeScenario } from './api/scenario-param';
import { repairStorage } from './api/storage-check';
import { hashQuery, withHashQuery } from './app/address';
import { holdRequestsUntil } from './client/http';
import { isServedPage, startServedConsole } from './served-console';

// `?scenario=` is for the device only: off the address before the console's router first reads it.
// The screens are addressed after the `#` (src/app/address.ts), and so is their query.
const openedWith = hashQuery(location.hash);
const { requested, rest } = takeScenario(openedWith);
if (requested !== null)
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${location.search}${withHashQuery(location.hash, rest)}`,
  );

function startInTab(): Promise<MockDevice> {
  // Before MSW's module reads its cookie store (it throws on a malformed one, on every load).
  const repaired = (() => {
    try {
      return repairStorage(localStorage);
    } catch {
      return null; // No localStorage at all: nothing to repair.
    }
  })();
  // The stored device is read from IndexedDB while the device's code downloads and compiles.
  const store = openDeviceStoreEarly();
  store.catch(() => undefined); // startMockDevice runs without storage then, and says so
  return import('./api/browser').then((m) => m.startMockDevice(openedWith, repaired, store));
}

export const device: Promise<MockDevice> = isServedPage() ? startServedConsole(requested) : startInTab();
holdRequestsUntil(device);
