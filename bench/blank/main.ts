/**
 * The benchmark's baseline: the same boot as src/main.tsx (the MSW worker over the device), then one
 * line of text instead of the console. bench/cold-load.ts compares the real console against it.
 */
import { startMockDevice } from '../../src/api/browser';

await startMockDevice(location.search);
const root = document.getElementById('root');
if (root) root.textContent = 'fgsim: the device is running.';
