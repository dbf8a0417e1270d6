/**
 * The console's half of the boot: renders it into `#root` at once, without waiting for the device;
 * what it asks for waits in the client until the device answers (src/device-loading.ts).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { MockDevice } from './api/browser';
import { App } from './app/App';
import { applyPickMode } from './app/pick-mode';
import { applyScreenshotMode } from './app/screenshot-mode';

export function renderConsole(device: Promise<MockDevice>): void {
  applyPickMode(applyScreenshotMode());
  const element = document.getElementById('root');
  if (!element) return;
  const root = createRoot(element);
  let shown = 0;
  const render = (notice: string | null) =>
    root.render(
      <StrictMode>
        <App bootNotice={notice} noticeKey={notice ? ++shown : shown} />
      </StrictMode>,
    );
  render(null);
  // A stored configuration that could not be used is said above whatever page opened, and so is a
  // device that could not start at all (the console's requests then fail with their own errors), and
  // every later change the browser refused to store (shown again even if an earlier one was dismissed).
  device.then(
    ({ notice, onNotice }) => {
      if (notice) render(notice);
      onNotice(render);
    },
    (e: unknown) => render(`The simulated device could not start: ${String(e)}`),
  );
}
