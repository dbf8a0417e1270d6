/**
 * The benchmark's second baseline, the framework floor: the blank page's device (the MSW worker over
 * src/device), plus the libraries the console is made of — React and react-router's browser router —
 * drawing one line once the device has started. No console code and no API calls. bench/cold-load.ts
 * reports it beside the blank page, so the cost of the frameworks and the cost of the console's own
 * code and boot reads are told apart.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';

const device = import('../../src/api/browser').then((m) => m.startMockDevice(location.search));
const element = document.getElementById('root');
if (element) {
  const root = createRoot(element);
  const router = createBrowserRouter([
    { path: '*', Component: () => createElement('p', null, 'fgsim: the device is running.') },
  ]);
  void device.then(() => root.render(createElement(RouterProvider, { router })));
}
