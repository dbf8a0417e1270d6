/**
 * Screenshot mode (DESIGN.md rule 7): documentation pictures show the device, not fgsim's helpers.
 * `?screenshot=1` turns it on for the rest of the tab's session (in-app navigation and reloads keep it),
 * `?screenshot=0` turns it off. While it is on, `<html data-screenshot>` is set and app.css hides the
 * guide (panel, header button, Show me outline), toasts and the boot notice, and stops carets and
 * animations. The screenshot script (scripts/screenshots.ts) opens its first page with `?screenshot=1`.
 * With `&pick=1` as well, the writers' pick mode (pick-mode.ts) shows the target of what is clicked.
 */
import { hashQuery } from './address';
import { tabFlag, type TabStorage } from './tab-flag';

export const SCREENSHOT_PARAM = 'screenshot';
/** The attribute on `<html>`: `data-screenshot`. */
export const SCREENSHOT_ATTRIBUTE = 'screenshot';
const STORAGE_KEY = 'fgsim.screenshot';

/** Whether screenshot mode is on, after taking `?screenshot=` of this page's address into account. */
export function screenshotMode(search: string, storage: TabStorage): boolean {
  return tabFlag(search, SCREENSHOT_PARAM, STORAGE_KEY, storage);
}

/** Marks `<html>` when screenshot mode is on; call once at boot. Answers whether it is on. */
export function applyScreenshotMode(): boolean {
  const on = screenshotMode(hashQuery(location.hash), sessionStorage);
  if (on) document.documentElement.dataset[SCREENSHOT_ATTRIBUTE] = 'true';
  return on;
}
