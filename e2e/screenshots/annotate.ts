/**
 * Documentation annotations drawn into the page itself, just before the picture: a highlight box
 * around each control a walkthrough step names (with its numbered callout), optional arrows pointing
 * at a box, and redactions that blur a value (a serial number). Every shape is a fixed-position element
 * placed from `locator.boundingBox()` of its target, so the box drawn is exactly the element's box;
 * e2e/visual/annotations.spec.ts reads both boxes back to prove it.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Annotation } from '../../src/walkthrough/steps';
import type { Target } from '../../src/walkthrough/target';
import { locate } from '../support/stage';

/** The side of a box an arrow comes from. */
export type Side = 'left' | 'right' | 'above' | 'below';

export interface Arrow {
  /** The box (by its callout number) the arrow points at. */
  callout: number;
  from: Side;
}

/** What to blur: the element `target` names, or the first element of role `child` inside it. */
export interface Redaction {
  target: Target;
  child?: Parameters<Page['getByRole']>[0];
}

/** Where a box's numbered callout sits: outside one of its sides, or inside its top-right corner. */
export type CalloutPlace = Side | 'inside';

export interface Annotations {
  boxes?: readonly Annotation[];
  arrows?: readonly Arrow[];
  redact?: readonly Redaction[];
  /** Callout places that differ from the usual (see `calloutPlace`), by callout number. */
  callouts?: Readonly<Record<number, CalloutPlace>>;
}

/** The attribute on the overlay's root; each highlight box carries `data-doc-box="<callout>"`. */
export const OVERLAY_ATTRIBUTE = 'data-doc-annotations';
export const BOX_ATTRIBUTE = 'data-doc-box';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Shapes {
  boxes: Array<{ rect: Rect; callout: number; at: CalloutPlace; badge?: Rect }>;
  arrows: Array<{ rect: Rect; from: Side }>;
  redactions: Rect[];
}

/** The overlay's box for one callout number. */
export const annotationBox = (page: Page, callout: number): Locator =>
  page.locator(`[${OVERLAY_ATTRIBUTE}] [${BOX_ATTRIBUTE}="${callout}"]`);

async function measure(locator: Locator, what: string): Promise<Rect> {
  const rect = await locator.boundingBox();
  if (!rect) throw new Error(`${what} has no box`);
  return rect;
}

const CALLOUT_SIZE = 24;

/**
 * The usual place of a callout: inside the top-right corner of a large box (a panel, where that corner
 * is mostly empty); else on the left, centred, so the callouts of stacked rows do not collide; above
 * when the box starts at the window's left edge.
 */
function calloutPlace(rect: Rect): CalloutPlace {
  if (rect.width > 200 && rect.height > 2 * CALLOUT_SIZE) return 'inside';
  return rect.x >= CALLOUT_SIZE + 10 ? 'left' : 'above';
}

const named = (target: Target): string => `${target.role} "${target.name}"`;

const GAP = 8;

/** Where a callout's badge is drawn (the same arithmetic as `draw`, which runs in the page). */
export function calloutRect(rect: Rect, at: CalloutPlace, viewport: { width: number; height: number }): Rect {
  const middle = rect.y + rect.height / 2 - CALLOUT_SIZE / 2;
  const corners: Record<CalloutPlace, [number, number]> = {
    left: [rect.x - CALLOUT_SIZE - GAP, middle],
    right: [rect.x + rect.width + GAP, middle],
    above: [rect.x, rect.y - CALLOUT_SIZE - GAP],
    below: [rect.x, rect.y + rect.height + GAP],
    inside: [rect.x + rect.width - CALLOUT_SIZE - GAP, rect.y + GAP],
  };
  const [x, y] = corners[at];
  return {
    x: Math.max(2, Math.min(viewport.width - CALLOUT_SIZE - 2, x)),
    y: Math.max(2, Math.min(viewport.height - CALLOUT_SIZE - 2, y)),
    width: CALLOUT_SIZE,
    height: CALLOUT_SIZE,
  };
}

const overlap = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A box as drawn: its outline (3 px, 1 px off the element) reaches this far outside it. */
const OUTLINE = 4;
const drawn = (r: Rect): Rect => ({
  x: r.x - OUTLINE,
  y: r.y - OUTLINE,
  width: r.width + 2 * OUTLINE,
  height: r.height + 2 * OUTLINE,
});

/** Rows closer than this (px) count as one line when reading top to bottom, left to right. */
const SAME_LINE = 4;

/**
 * What makes a picture's annotations read badly: callouts not numbered 1, 2, 3… in reading order
 * (top to bottom, then left to right), a box over another box, a callout over a box (over the text it
 * points at, for its own box outside it) or over another callout.
 */
export function layoutProblems(
  boxes: ReadonlyArray<{ rect: Rect; callout: number; at: CalloutPlace }>,
  viewport: { width: number; height: number },
): string[] {
  const problems: string[] = [];
  const read = [...boxes].sort((a, b) =>
    Math.abs(a.rect.y - b.rect.y) > SAME_LINE ? a.rect.y - b.rect.y : a.rect.x - b.rect.x,
  );
  const order = read.map((b) => b.callout);
  if (order.some((n, i) => n !== i + 1))
    problems.push(
      `callouts read ${order.join(', ')} from top to bottom; number them 1 to ${order.length} in that order`,
    );
  const badges = boxes.map((b) => ({ ...b, badge: calloutRect(b.rect, b.at, viewport) }));
  for (const [i, a] of badges.entries())
    for (const b of badges.slice(i + 1)) {
      // Boxes of adjacent rows may touch (their outlines run side by side); one over another may not.
      if (overlap(a.rect, b.rect)) problems.push(`boxes ${a.callout} and ${b.callout} overlap`);
      if (overlap(a.badge, b.badge)) problems.push(`callouts ${a.callout} and ${b.callout} overlap`);
    }
  for (const a of badges)
    for (const b of badges) {
      if (a === b && a.at === 'inside') continue;
      if (overlap(a.badge, a === b ? b.rect : drawn(b.rect)))
        problems.push(
          a === b
            ? `callout ${a.callout} covers its own box`
            : `callout ${a.callout} covers box ${b.callout}`,
        );
    }
  return problems;
}

/**
 * Finds every target (strictly: one element each, by role and name), scrolls each into view, measures
 * them all once no more scrolling happens, and draws the overlay. Call it last, right before the
 * picture: the shapes do not follow later scrolling.
 */
export async function annotate(page: Page, annotations: Annotations): Promise<void> {
  const { boxes = [], arrows = [], redact = [], callouts = {} } = annotations;
  const redacted = redact.map((r) => {
    const outer = locate(page, r.target);
    return {
      locator: r.child ? outer.getByRole(r.child).first() : outer,
      what: `redaction of ${named(r.target)}`,
    };
  });
  const boxed = boxes.map((b) => ({ locator: locate(page, b.target), what: named(b.target) }));
  for (const { locator, what } of [...redacted, ...boxed]) {
    await expect(locator, `${what} is on screen`).toBeVisible();
    await locator.scrollIntoViewIfNeeded();
  }
  const shapes: Shapes = { boxes: [], arrows: [], redactions: [] };
  for (const { locator, what } of redacted) shapes.redactions.push(await measure(locator, what));
  for (const [i, { locator, what }] of boxed.entries()) {
    const rect = await measure(locator, what);
    const callout = boxes[i]!.callout;
    shapes.boxes.push({ rect, callout, at: callouts[callout] ?? calloutPlace(rect) });
  }
  const viewport =
    page.viewportSize() ?? (await page.evaluate(() => ({ width: innerWidth, height: innerHeight })));
  for (const b of shapes.boxes) b.badge = calloutRect(b.rect, b.at, viewport);
  const problems = layoutProblems(shapes.boxes, viewport);
  if (problems.length > 0) throw new Error(`the annotations do not read well:\n- ${problems.join('\n- ')}`);
  for (const arrow of arrows) {
    const box = shapes.boxes.find((b) => b.callout === arrow.callout);
    if (!box) throw new Error(`an arrow points at callout ${arrow.callout}, which has no box`);
    shapes.arrows.push({ rect: box.rect, from: arrow.from });
  }
  await page.evaluate(draw, {
    shapes,
    overlay: OVERLAY_ATTRIBUTE,
    boxAttribute: BOX_ATTRIBUTE,
    size: CALLOUT_SIZE,
  });
}

/** Runs in the page: the overlay as plain DOM (no app code), over everything, inert to the pointer. */
function draw({
  shapes,
  overlay,
  boxAttribute,
  size,
}: {
  shapes: Shapes;
  overlay: string;
  boxAttribute: string;
  size: number;
}) {
  const COLOUR = '#d9480f';
  const ARROW = 56;
  document.querySelector(`[${overlay}]`)?.remove();
  const root = document.createElement('div');
  root.setAttribute(overlay, '');
  root.setAttribute('aria-hidden', 'true');
  Object.assign(root.style, { position: 'fixed', inset: '0', zIndex: '2147483647', pointerEvents: 'none' });
  const place = (el: HTMLElement, r: { x: number; y: number; width: number; height: number }) =>
    Object.assign(el.style, {
      position: 'fixed',
      left: `${r.x}px`,
      top: `${r.y}px`,
      width: `${r.width}px`,
      height: `${r.height}px`,
      boxSizing: 'border-box',
    });

  for (const r of shapes.redactions) {
    const blur = document.createElement('div');
    place(blur, r);
    Object.assign(blur.style, {
      backdropFilter: 'blur(6px)',
      background: 'rgba(200, 200, 200, 0.35)',
      borderRadius: '2px',
    });
    root.append(blur);
  }

  for (const { rect, callout, badge: where } of shapes.boxes) {
    const box = document.createElement('div');
    box.setAttribute(boxAttribute, String(callout));
    place(box, rect);
    // The outline is drawn outside the element's box, so the box itself is exactly the element's.
    Object.assign(box.style, { outline: `3px solid ${COLOUR}`, outlineOffset: '1px', borderRadius: '2px' });
    root.append(box);

    const badge = document.createElement('div');
    badge.textContent = String(callout);
    // Placed by `calloutRect`, the same rectangle `layoutProblems` checked.
    if (where) place(badge, where);
    Object.assign(badge.style, {
      borderRadius: '50%',
      background: COLOUR,
      color: '#ffffff',
      border: '2px solid #ffffff',
      boxShadow: '0 1px 3px rgba(0, 0, 0, 0.4)',
      font: `700 13px/${size - 4}px Lato, sans-serif`,
      textAlign: 'center',
    });
    root.append(badge);
  }

  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  Object.assign(svg.style, {
    position: 'fixed',
    inset: '0',
    width: '100%',
    height: '100%',
    overflow: 'visible',
  });
  svg.innerHTML = `<defs><marker id="doc-arrow-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${COLOUR}"/></marker></defs>`;
  for (const { rect, from } of shapes.arrows) {
    const gap = 8;
    const cx = rect.x + rect.width / 2;
    const cy = rect.y + rect.height / 2;
    // The tip, just outside the box's side, and the direction the shaft runs back from it.
    const tips: Record<Side, [number, number, number, number]> = {
      left: [rect.x - gap, cy, -ARROW, 0],
      right: [rect.x + rect.width + gap, cy, ARROW, 0],
      above: [cx, rect.y - gap, 0, -ARROW],
      below: [cx, rect.y + rect.height + gap, 0, ARROW],
    };
    const [x2, y2, dx, dy] = tips[from];
    const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
    for (const [k, v] of Object.entries({ x1: x2 + dx, y1: y2 + dy, x2, y2 }))
      line.setAttribute(k, String(v));
    line.setAttribute('stroke', COLOUR);
    line.setAttribute('stroke-width', '3');
    line.setAttribute('marker-end', 'url(#doc-arrow-head)');
    svg.append(line);
  }
  root.append(svg);
  document.body.append(root);
}
