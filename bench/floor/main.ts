/**
 * The benchmark's second baseline, the framework floor: the blank page's device (the MSW worker over
 * src/device), plus the libraries the console is made of — React and react-router's browser router —
 * drawing one line once the device has started. No console code and no API calls. bench/cold-load.ts
 * reports it beside the blank page, so the cost of the frameworks and the cost of the console's own
 * code and boot reads are told apart. Like the blank page it is one chunk, so nothing waits for a
 * second download.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { startMockDevice } from '../../src/api/browser';

const element = document.getElementById('root');
if (element) {
  const root = createRoot(element);
  const router = createBrowserRouter([
    { path: '*', Component: () => createElement('p', null, 'fgsim: the device is running.') },
  ]);
  await startMockDevice(location.search);
  root.render(createElement(RouterProvider, { router }));
}
