/**
 * Screen tests of the console against the real REST handlers (src/api/node.ts): a fresh device per
 * test, the app's own route table in a memory router, and a clean browser state (cookies, storage)
 * between tests; every zustand store is put back after each test by src/test/setup-dom.ts.
 *
 *   const device = setupConsoleDevice();            // in the test file, at top level
 *   it('…', async () => {
 *     await logIn();
 *     const { user } = renderConsole('/system/feature-visibility');
 *     await user.click(await screen.findByRole('switch', { name: 'Endpoint Control' }));
 *   });
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { server, useDevice as openNodeDevice, type NodeDevice } from '../api/node';
import { appRoutes } from '../app/routes';
import { useLogin } from '../app/login-store';
import { noteRevision } from '../client';
import type { ScenarioName } from '../device';

function clearCookies(): void {
  for (const c of document.cookie.split(';')) {
    const name = c.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; Path=/; Max-Age=0`;
  }
}

/**
 * Starts the mock server for the file and gives each test a fresh device of `scenario`. The returned
 * object always points at the current test's device.
 */
export function setupConsoleDevice(scenario: ScenarioName = 'telemetry-on'): {
  readonly current: NodeDevice;
} {
  let current: NodeDevice | undefined;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  beforeEach(() => {
    clearCookies();
    localStorage.clear();
    current = openNodeDevice(scenario);
  });
  afterEach(() => {
    current = undefined;
  });
  return {
    get current() {
      if (!current) throw new Error('setupConsoleDevice: no device outside a test');
      return current;
    },
  };
}

/** Logs this "browser" in as the GUI does (session cookie and CSRF token land in document.cookie). */
export async function logIn(username = 'admin', password = ''): Promise<void> {
  const ok = await useLogin.getState().logIn(username, password);
  if (!ok) throw new Error(`logIn: the device refused ${username}`);
}

/** Renders the whole console (login page, shell, screens) at `path`. */
export function renderConsole(path: string) {
  const user = userEvent.setup();
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  return { user, router, ...render(<RouterProvider router={router} />) };
}

/**
 * Tells the open console that the device changed through another door (the CLI, another tab), as
 * the browser's revision broadcast does.
 */
export function announceRevision(device: NodeDevice): void {
  noteRevision(device.device.revision);
}
