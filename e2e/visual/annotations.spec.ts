/**
 * The documentation pictures box the right controls — checked by reading boxes, not by eye. For every
 * screenshot of every walkthrough step (src/walkthrough/steps.ts), the screen is staged exactly as
 * `npm run screenshots` stages it and the overlay is drawn; then each boxed target must be found by
 * its role and name (one element), the overlay's highlight box must match the target's bounding box
 * within 2 px, and the point at the box's centre must belong to the target (nothing covers it).
 */
import { expect, test } from '@playwright/test';
import { steps } from '../../src/walkthrough/steps';
import { annotate, annotationBox } from '../screenshots/annotate';
import { calloutsFor } from '../screenshots/manifest';
import { locate, settle, stageStep } from '../support/stage';

const TOLERANCE = 2;

for (const step of steps) {
  for (const shot of step.screenshots) {
    test(`step ${step.id}, picture ${shot.id}: each box is drawn on its target`, async ({ page }) => {
      await stageStep(page, step.id, shot.afterActions, { screenshotMode: true });
      await settle(page);
      // As the docs draw it (the manifest's callout places); annotate fails when the picture reads badly.
      await annotate(page, { boxes: shot.boxes, callouts: calloutsFor[shot.id] ?? {} });

      for (const { target, callout } of shot.boxes) {
        const control = locate(page, target);
        await expect(control, `${target.role} "${target.name}" is found by role and name`).toHaveCount(1);
        const [drawn, actual] = await Promise.all([
          annotationBox(page, callout).boundingBox(),
          control.boundingBox(),
        ]);
        expect(drawn, `the highlight box of callout ${callout}`).not.toBeNull();
        expect(actual).not.toBeNull();
        for (const edge of ['x', 'y', 'width', 'height'] as const)
          expect(
            Math.abs(drawn![edge] - actual![edge]),
            `callout ${callout} (${target.role} "${target.name}"): ${edge} ${drawn![edge]} vs ${actual![edge]}`,
          ).toBeLessThanOrEqual(TOLERANCE);

        const hit = await control.evaluate(
          (element, { x, y }) => {
            const found = document.elementFromPoint(x, y);
            return found !== null && (element === found || element.contains(found));
          },
          { x: actual!.x + actual!.width / 2, y: actual!.y + actual!.height / 2 },
        );
        expect(hit, `callout ${callout}: the centre of the box is on ${target.role} "${target.name}"`).toBe(
          true,
        );
      }
    });
  }
}

test('the screenshot tool refuses callouts out of reading order, boxes that touch and callouts over a box', async ({
  page,
}) => {
  await stageStep(page, 'interfaces', 2, { screenshotMode: true });
  await settle(page);
  const row = (name: string) => ({ role: 'row' as const, name });
  // HQ-to-Branch is listed after FCT-Dialup: numbering it 1 reads 2, 1.
  await expect(
    annotate(page, {
      boxes: [
        { target: row('HQ-to-Branch'), callout: 1 },
        { target: row('FCT-Dialup'), callout: 2 },
      ],
    }),
  ).rejects.toThrow('callouts read 2, 1 from top to bottom');
  // A box over another (the treegrid round a row of it), and a callout above a row sitting on the row before.
  await expect(
    annotate(page, {
      boxes: [
        { target: { role: 'treegrid', name: 'Interfaces', exact: true }, callout: 1 },
        { target: row('HQ-to-Branch'), callout: 2 },
      ],
    }),
  ).rejects.toThrow('boxes 1 and 2 overlap');
  await expect(
    annotate(page, {
      boxes: [
        { target: row('FCT-Dialup'), callout: 1 },
        { target: row('HQ-to-Branch'), callout: 2 },
      ],
      callouts: { 2: 'above' },
    }),
  ).rejects.toThrow('callout 2 covers box 1');
  // In reading order, apart, callouts beside them: accepted.
  await annotate(page, {
    boxes: [
      { target: row('FCT-Dialup'), callout: 1 },
      { target: row('DC-Backup'), callout: 2 },
    ],
  });
});
