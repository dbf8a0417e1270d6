/**
 * Takes every picture of the manifest into docs/screenshots/ — run by `npm run screenshots`
 * (scripts/screenshots.ts, with playwright.screenshots.config.ts), never by `npm test`: it writes files.
 * Each picture is taken in the console's screenshot mode, in a browser context of the manifest's
 * viewport and scale, once the screen is still (capture.ts).
 */
import { test } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { takeShot } from './capture';
import { manifest, OUTPUT_DIR } from './manifest';

const outputDir = join(import.meta.dirname, '../..', OUTPUT_DIR);

for (const shot of manifest) {
  test.describe(shot.file, () => {
    test.use({ viewport: shot.viewport, deviceScaleFactor: shot.scale });

    test(shot.file, async ({ page }) => {
      const png = await takeShot(page, shot);
      await mkdir(outputDir, { recursive: true });
      await writeFile(join(outputDir, shot.file), png);
    });
  });
}
