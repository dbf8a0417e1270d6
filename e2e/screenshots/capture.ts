/**
 * Taking one picture of the manifest (e2e/screenshots/manifest.ts): the screen put in its state
 * (stage.ts), annotated (annotate.ts), cropped or whole, and taken once it is still. Shared by
 * docs.shots.ts (`npm run screenshots`, which writes the files) and the tests of the tool itself.
 *
 * Full-page pictures (`fullPage` in the manifest): the console scrolls inside its own containers
 * (the main area, a list's table), so Playwright's `fullPage` is only the window. Instead the window
 * is made as tall as the screen's content — every container that scrolls downward then has the room
 * to show all of it — and the picture is of that window.
 */
import type { Page } from '@playwright/test';
import { annotate } from './annotate';
import type { Region, Shot } from './manifest';
import { cliDoor, openScreen, perform, settle, stageStep } from '../support/stage';

/** The space kept around a cropped element, for the callouts that sit on its boxes' corners. */
const CROP_MARGIN = 24;
/** No picture taller than this: a screen that grows with its window (a windowed list) stops here. */
export const FULL_PAGE_MAX_HEIGHT = 8000;

export async function stage(page: Page, shot: Shot): Promise<void> {
  if (shot.step) {
    await stageStep(page, shot.step.id, shot.step.afterActions, { screenshotMode: true });
  } else {
    await openScreen(page, shot.route, { scenario: shot.scenario, screenshotMode: true });
    if (shot.cli) {
      await cliDoor(page, shot.cli);
      await openScreen(page, shot.route);
    }
    for (const action of shot.actions ?? []) await perform(page, action);
  }
  await settle(page);
}

const regionOf = (page: Page, region: Region) =>
  page.getByRole(region.role, { name: region.name, exact: region.exact ?? false });

/** How much more height the screen's scrolling containers need to show all they hold, in CSS pixels. */
export function hiddenHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    let most = 0;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const { overflowY } = getComputedStyle(el);
      if (overflowY !== 'auto' && overflowY !== 'scroll') continue;
      if (el.clientHeight === 0) continue;
      most = Math.max(most, el.scrollHeight - el.clientHeight);
    }
    return most;
  });
}

/**
 * Makes the window tall enough for the whole screen, asking again after each growth (what is drawn
 * may change with the room it has), up to FULL_PAGE_MAX_HEIGHT. Answers the window's new height.
 */
export async function growToContent(page: Page): Promise<number> {
  const size = page.viewportSize();
  if (!size) throw new Error('full page: the page has no fixed viewport');
  let height = size.height;
  for (let i = 0; i < 8; i++) {
    const more = await hiddenHeight(page);
    if (more <= 0 || height >= FULL_PAGE_MAX_HEIGHT) break;
    height = Math.min(FULL_PAGE_MAX_HEIGHT, height + more);
    await page.setViewportSize({ width: size.width, height });
    await settle(page);
  }
  return height;
}

async function clipTo(page: Page, region: Region) {
  const box = await regionOf(page, region).boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error(`the crop ${region.role} "${region.name}" has no box`);
  const x = Math.max(0, Math.floor(box.x - CROP_MARGIN));
  const y = Math.max(0, Math.floor(box.y - CROP_MARGIN));
  return {
    x,
    y,
    width: Math.min(viewport.width, Math.ceil(box.x + box.width + CROP_MARGIN)) - x,
    height: Math.min(viewport.height, Math.ceil(box.y + box.height + CROP_MARGIN)) - y,
  };
}

/** A picture once two in a row are the same: nothing left to arrive or to move. */
async function stillPicture(page: Page, clip?: Awaited<ReturnType<typeof clipTo>>): Promise<Buffer> {
  const take = () => page.screenshot({ animations: 'disabled', caret: 'hide', scale: 'device', clip });
  let previous = await take();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100);
    const next = await take();
    if (next.equals(previous)) return next;
    previous = next;
  }
  throw new Error('the screen kept changing');
}

/** The manifest's picture `shot` as PNG bytes, in a page of the shot's viewport and scale. */
export async function takeShot(page: Page, shot: Shot): Promise<Buffer> {
  await stage(page, shot);
  if (shot.fullPage) await growToContent(page);
  if (shot.crop) await regionOf(page, shot.crop).scrollIntoViewIfNeeded();
  await annotate(page, shot);
  const clip = shot.crop ? await clipTo(page, shot.crop) : undefined;
  return stillPicture(page, clip);
}
