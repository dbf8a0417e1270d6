/**
 * Takes every picture of the manifest into docs/screenshots/ — run by `npm run screenshots`
 * (scripts/screenshots.ts, with playwright.screenshots.config.ts), never by `npm test`: it writes files.
 * Each picture is taken in the console's screenshot mode, in a browser context of the manifest's
 * viewport and scale, once the screen is still.
 */
import { test, type Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { annotate } from './annotate';
import { manifest, OUTPUT_DIR, type Region, type Shot } from './manifest';
import { cliDoor, openScreen, perform, settle, stageStep } from '../support/stage';

const outputDir = join(import.meta.dirname, '../..', OUTPUT_DIR);
/** The space kept around a cropped element, for the callouts that sit on its boxes' corners. */
const CROP_MARGIN = 24;

async function stage(page: Page, shot: Shot): Promise<void> {
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

async function clipTo(page: Page, region: Region, viewport: Shot['viewport']) {
  const box = await regionOf(page, region).boundingBox();
  if (!box) throw new Error(`the crop ${region.role} "${region.name}" has no box`);
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

for (const shot of manifest) {
  test.describe(shot.file, () => {
    test.use({ viewport: shot.viewport, deviceScaleFactor: shot.scale });

    test(shot.file, async ({ page }) => {
      await stage(page, shot);
      if (shot.crop) await regionOf(page, shot.crop).scrollIntoViewIfNeeded();
      await annotate(page, shot);
      const clip = shot.crop ? await clipTo(page, shot.crop, shot.viewport) : undefined;
      const png = await stillPicture(page, clip);
      await mkdir(outputDir, { recursive: true });
      await writeFile(join(outputDir, shot.file), png);
    });
  });
}
