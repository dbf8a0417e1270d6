/**
 * Starts the in-browser device. main.tsx imports this module first, so the device's code (the larger
 * half, a dynamic import the HTML preloads) is fetched and run without waiting for the console, and
 * the console renders without waiting for the device: the client holds its requests until the
 * device answers.
 */
import type { MockDevice } from './api/browser';
import { takeScenario } from './api/scenario-param';
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

// A page the served mode (src/server) sent uses the server's device and starts none in the tab.
export const device: Promise<MockDevice> = isServedPage()
  ? startServedConsole(requested)
  : import('./api/browser').then((m) => m.startMockDevice(openedWith));
holdRequestsUntil(device);
