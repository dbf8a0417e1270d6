/**
 * Boot, in two halves that do not wait for each other: the in-browser device (MSW worker over
 * src/device, restored from storage or opened fresh with `?scenario=<name>`) loads and starts on its
 * own, and the console renders at once, its requests held until the device answers. This file,
 * device-loading.ts and console.tsx (for the started device's notice) are the only GUI-side modules
 * that know the mock exists; everything under src/app talks to the device through src/client.
 */
import '@fontsource/lato/400.css';
import '@fontsource/lato/700.css';
import '@fontsource/dejavu-mono/400.css';
// First: asks for the device's code before the console's modules are evaluated.
import { device } from './device-loading';
import { renderConsole } from './console';

renderConsole(device);
