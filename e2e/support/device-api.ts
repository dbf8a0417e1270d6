/**
 * The device's REST door from inside the page, as a script on the page would use it: the session
 * cookie goes along, and writes carry the `X-CSRFTOKEN` header with the `ccsrftoken` cookie's value,
 * as the GUI's own client sends it (README, "The REST API"). The one home of that in-page write.
 */
import { expect, type Page } from '@playwright/test';

export interface DeviceAnswer<T> {
  status: number;
  /** The parsed JSON envelope, or the text when the answer is not JSON. */
  body: T;
  /** fgsim's explanation of a refusal (its `X-Fgsim-Message` header, beside 6.0's bare error body). */
  message: string;
}

/** `method path` (a full path: `/api/v2/cmdb/system/interface`) from inside the page. */
export function deviceRequest<T = unknown>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<DeviceAnswer<T>> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const token = /(?:^|;\s*)ccsrftoken="?([^";]*)/.exec(document.cookie)?.[1] ?? '';
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (method !== 'GET') headers['X-CSRFTOKEN'] = token;
      const response = await fetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
      const message = decodeURIComponent(response.headers.get('X-Fgsim-Message') ?? '');
      return { status: response.status, body: parsed as T, message };
    },
    { method, path, body },
  );
}

/** Types `lines` into the CLI through its REST door, as one console session would; stops at a refusal. */
export async function cliDoor(page: Page, lines: readonly string[], session = 'e2e'): Promise<void> {
  for (const line of lines) {
    const { status } = await deviceRequest(page, 'POST', '/api/v2/fgsim/cli', { session, line });
    if (status !== 200) throw new Error(`CLI door refused "${line}": HTTP ${status}`);
  }
}

/** Opens `url` and waits until the in-tab device answers (browser.ts sets `data-ready` once it runs). */
export async function openDevicePage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

/** Reloads and waits until the device answers again. */
export async function reloadDevicePage(page: Page): Promise<void> {
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

/** Logs in as the factory admin from inside the page, as the login form does; answers `/logincheck`'s body. */
export function logInFromPage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const response = await fetch('/logincheck', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'admin', secretkey: '', ajax: '1' }),
    });
    return response.text();
  });
}
