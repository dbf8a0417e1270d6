/**
 * Starts the in-browser device. main.tsx imports this module first, so the device's code (the larger
 * half, a dynamic import the HTML preloads) is fetched and run without waiting for the console, and
 * the console renders without waiting for the device: the client holds its requests until the
 * device answers.
 */
import type { MockDevice } from './api/browser';
import { openDeviceStoreEarly } from './api/device-store';
import { takeScenario } from './api/scenario-param';
import { repairStorage } from './api/storage-check';
import { holdRequestsUntil } from './client/http';

// `?scenario=` is for the device only: off the address before the console's router first reads it.
const openedWith = location.search;
const { requested, rest } = takeScenario(openedWith);
if (requested !== null)
  history.replaceState(history.state, '', `${location.pathname}${rest}${location.hash}`);

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

export const device: Promise<MockDevice> = import('./api/browser').then((m) =>
  m.startMockDevice(openedWith, repaired, store),
);
holdRequestsUntil(device);
