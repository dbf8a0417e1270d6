/**
 * The writers' pick mode (`?screenshot=1&pick=1`): in screenshot mode, a click on anything shows the
 * role and accessible name of the control under the pointer — the nearest element with a role a
 * picture can box or crop to — as a target ready to paste into e2e/screenshots/manifest.ts
 * (`{ role: 'switch', name: 'Endpoint Control', exact: true }`), with how many elements of the page
 * answer to it. The click itself does nothing else: it never reaches the control (no toggle, no
 * navigation, no focus). "Outer" picks the enclosing control instead (a row's table, a checkbox's
 * group). `?pick=0` turns it off; like screenshot mode it lasts for the tab's session.
 *
 * Role and name are computed as assistive technology computes them (dom-accessibility-api, which
 * follows the W3C accessible-name algorithm, as Playwright's `getByRole` does); the e2e test checks
 * that every picked target finds exactly the element that was clicked.
 */
import { hashQuery } from './address';
import { tabFlag, type TabStorage } from './tab-flag';

export const PICK_PARAM = 'pick';
const STORAGE_KEY = 'fgsim.pick';
/** The panel's own host: clicks inside it are the panel's, not picks. */
export const PICK_PANEL_ID = 'fg-pick';

/** Whether pick mode is on, after taking `?pick=` of this page's address into account. */
export function pickMode(search: string, storage: TabStorage): boolean {
  return tabFlag(search, PICK_PARAM, STORAGE_KEY, storage);
}

/**
 * The roles a picture's box, arrow, redaction or crop is written with: controls, rows, headings and
 * the regions and groups a crop takes. Cells and generic text are passed over for their row or control.
 */
export const PICKABLE_ROLES: ReadonlySet<string> = new Set([
  'button',
  'checkbox',
  'combobox',
  'complementary',
  'dialog',
  'form',
  'grid',
  'group',
  'heading',
  'img',
  'link',
  'listbox',
  'log',
  'menuitem',
  'navigation',
  'option',
  'radio',
  'radiogroup',
  'region',
  'row',
  'searchbox',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'table',
  'textbox',
  'toolbar',
  'treegrid',
]);

export interface PickedTarget {
  role: string;
  name: string;
}

export interface Accessibility {
  getRole: (element: Element) => string | null;
  computeAccessibleName: (element: Element) => string;
  /** Not in the accessibility tree (display: none, visibility: hidden, hidden, aria-hidden). */
  isInaccessible: (element: Element) => boolean;
}

/** The nearest element at or above `start` with a pickable role and a name (a region needs a name to be one). */
export function pickableFrom(start: Element | null, a11y: Accessibility): Element | null {
  for (let el = start; el && el !== el.ownerDocument.documentElement; el = el.parentElement) {
    const role = a11y.getRole(el);
    if (role && PICKABLE_ROLES.has(role) && a11y.computeAccessibleName(el).trim() !== '') return el;
  }
  return null;
}

export const targetOf = (element: Element, a11y: Accessibility): PickedTarget => ({
  role: a11y.getRole(element) ?? '',
  name: a11y.computeAccessibleName(element).trim(),
});

/** How many elements of `root` answer to `target` exactly (role and whole name), hidden ones aside. */
export function matchesOf(root: ParentNode, target: PickedTarget, a11y: Accessibility): number {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    if (a11y.getRole(el) !== target.role || el.closest(`#${PICK_PANEL_ID}`) || a11y.isInaccessible(el))
      continue;
    if (a11y.computeAccessibleName(el).trim() === target.name) n++;
  }
  return n;
}

/** The target as the manifest and src/walkthrough/steps.ts write it. */
export const manifestTarget = ({ role, name }: PickedTarget): string =>
  `{ role: '${role}', name: '${name.replace(/[\\']/g, (c) => `\\${c}`)}', exact: true }`;

const PANEL_CSS = `
#${PICK_PANEL_ID} { position: fixed; right: 12px; bottom: 12px; z-index: 2147483647; width: 420px;
  padding: 10px 12px; background: #fffbe6; color: #222; border: 2px solid #b8860b; border-radius: 4px;
  font: 13px/1.4 Lato, sans-serif; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
#${PICK_PANEL_ID} code { display: block; margin: 6px 0; padding: 4px 6px; background: #fff; border: 1px solid #ddd;
  font: 12px/1.4 'DejaVu Mono', monospace; white-space: pre-wrap; word-break: break-all; user-select: all; }
#${PICK_PANEL_ID} button { margin-right: 6px; font: inherit; }
.fg-pick-outline { position: fixed; z-index: 2147483646; pointer-events: none; border: 2px dashed #b8860b; }
`;

/** Turns pick mode on for this page: the panel, the outline and the click that picks. */
export function startPickMode(a11y: Accessibility, doc: Document = document): () => void {
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const panel = doc.createElement('section');
  panel.id = PICK_PANEL_ID;
  panel.setAttribute('aria-label', 'Pick a target');
  const heading = doc.createElement('p');
  const code = doc.createElement('code');
  const count = doc.createElement('p');
  const copy = doc.createElement('button');
  const outer = doc.createElement('button');
  copy.type = outer.type = 'button';
  copy.textContent = 'Copy';
  outer.textContent = 'Outer';
  heading.textContent = 'Pick mode: click a control to see its target for e2e/screenshots/manifest.ts.';
  code.setAttribute('aria-label', 'Picked target');
  count.setAttribute('aria-live', 'polite');
  panel.append(heading, code, count, copy, outer);
  const outline = doc.createElement('div');
  outline.className = 'fg-pick-outline';
  outline.hidden = true;
  doc.head.append(style);
  doc.body.append(panel, outline);

  let picked: Element | null = null;
  const show = (el: Element | null): void => {
    picked = el;
    if (!el) {
      code.textContent = '';
      count.textContent = 'Nothing with a role and a name here.';
      outline.hidden = true;
      return;
    }
    const target = targetOf(el, a11y);
    const n = matchesOf(doc, target, a11y);
    code.textContent = manifestTarget(target);
    count.textContent =
      n === 1
        ? 'The only one on this screen.'
        : `${n} on this screen answer to it: box one of them through a crop, or pick an outer one.`;
    const box = el.getBoundingClientRect();
    Object.assign(outline.style, {
      left: `${box.left - 3}px`,
      top: `${box.top - 3}px`,
      width: `${box.width + 2}px`,
      height: `${box.height + 2}px`,
    });
    outline.hidden = false;
  };
  copy.addEventListener('click', () => void navigator.clipboard?.writeText(code.textContent ?? ''));
  outer.addEventListener('click', () => {
    if (picked) show(pickableFrom(picked.parentElement, a11y));
  });

  const inPanel = (e: Event): boolean => e.target instanceof Node && panel.contains(e.target);
  // Caught on the way down, before React's root listener and the element's default action: the
  // control is never pressed, ticked, followed or focused.
  const swallow = (e: Event): void => {
    if (inPanel(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  // Picked on pointerdown: a browser sends no click to a disabled control (Apply before a change),
  // which a writer boxes as often as any.
  const pick = (e: PointerEvent): void => {
    if (inPanel(e)) return;
    swallow(e);
    if (e.button === 0) show(pickableFrom(doc.elementFromPoint(e.clientX, e.clientY), a11y));
  };
  const swallowed = ['mousedown', 'pointerup', 'mouseup', 'click', 'dblclick', 'auxclick'] as const;
  const view = doc.defaultView ?? window;
  for (const type of swallowed) view.addEventListener(type, swallow, true);
  view.addEventListener('pointerdown', pick, true);
  return () => {
    for (const type of swallowed) view.removeEventListener(type, swallow, true);
    view.removeEventListener('pointerdown', pick, true);
    panel.remove();
    outline.remove();
    style.remove();
  };
}

/** At boot, in screenshot mode: starts pick mode when asked for (the name library loads only then). */
export function applyPickMode(screenshotOn: boolean): void {
  if (!screenshotOn || !pickMode(hashQuery(location.hash), sessionStorage)) return;
  void import('dom-accessibility-api').then(({ getRole, computeAccessibleName, isInaccessible }) => {
    const start = () => startPickMode({ getRole, computeAccessibleName, isInaccessible });
    if (document.body) start();
    else document.addEventListener('DOMContentLoaded', start, { once: true });
  });
}
