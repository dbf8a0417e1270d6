/**
 * Boot: start the in-browser device (MSW worker over src/device, restored from storage or opened
 * fresh with `?scenario=<name>`), then render the console. This file is the only GUI-side module that
 * knows the mock exists; everything under src/app talks to the device through src/client.
 */
import '@fontsource/lato/400.css';
import '@fontsource/lato/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startMockDevice } from './api/browser';
import { App } from './app/App';

const { notice } = await startMockDevice();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App bootNotice={notice} />
    </StrictMode>,
  );
}
