/**
 * Boot: start the in-browser device (MSW worker over src/device, restored from storage or opened
 * fresh with `?scenario=<name>`), then render the console. This file is the only GUI-side module that
 * knows the mock exists; everything under src/app talks to the device through src/client.
 */
import '@fontsource/lato/400.css';
import '@fontsource/lato/700.css';
import '@fontsource/dejavu-mono/400.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startMockDevice } from './api/browser';
import { applyScreenshotMode } from './app/screenshot-mode';

applyScreenshotMode();

// The console's code loads while the worker starts; neither waits for the other.
const [{ notice }, { App }] = await Promise.all([startMockDevice(), import('./app/App')]);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App bootNotice={notice} />
    </StrictMode>,
  );
}
