/**
 * Finds the element a `Target` names in the live page — what `page.getByRole(role, { name, exact })`
 * finds in the e2e journey — so "Show me" can highlight it. It covers what fgsim's screens use: explicit
 * `role` attributes, the implicit roles of native controls, and names from `aria-labelledby`,
 * `aria-label`, `<label>`, content and `title`, with hidden elements left out. find-target.test.tsx
 * checks it against Testing Library's full implementation on the real screens, and the e2e journey
 * checks the highlight sits on the element Playwright finds.
 */
import type { Role, Target } from './target';

/** Native elements and the role they have when no `role` attribute says otherwise. */
const IMPLICIT: Record<Role, string> = {
  button: 'button, input[type=button], input[type=submit], input[type=reset], summary',
  checkbox: 'input[type=checkbox]',
  complementary: 'aside',
  heading: 'h1, h2, h3, h4, h5, h6',
  link: 'a[href], area[href]',
  log: '',
  radio: 'input[type=radio]',
  region: 'section[aria-label], section[aria-labelledby]',
  row: 'tr',
  searchbox: 'input[type=search]',
  switch: '',
  textbox:
    'textarea, input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=url]',
  treegrid: '',
};

/** Roles whose name may come from their content (ARIA "name from content"). */
const NAME_FROM_CONTENT = new Set<Role>(['button', 'checkbox', 'heading', 'link', 'radio', 'row', 'switch']);

/** Elements whose text runs on with their neighbours' (no space added around them). */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'CODE',
  'EM',
  'I',
  'KBD',
  'LABEL',
  'MARK',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'U',
]);

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

function isHidden(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"]')) return true;
  if (el instanceof HTMLElement && typeof el.checkVisibility === 'function')
    return !el.checkVisibility({ visibilityProperty: true });
  return false;
}

function roleOf(el: Element): Role | string | null {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit;
  for (const [role, selector] of Object.entries(IMPLICIT) as Array<[Role, string]>)
    if (selector && el.matches(selector)) return role;
  return null;
}

function byIds(el: Element, ids: string): string {
  const doc = el.ownerDocument;
  return ids
    .split(/\s+/)
    .map((id) => doc.getElementById(id))
    .filter((x): x is HTMLElement => x !== null)
    .map((x) => contentText(x, true))
    .join(' ');
}

/** The text an element contributes to its ancestor's name (or its own, from content). */
function contentText(el: Element, referenced = false): string {
  if (!referenced && el.getAttribute('aria-hidden') === 'true') return '';
  if (el instanceof HTMLElement && !referenced && (el.hidden || el.style.display === 'none')) return '';
  const label = el.getAttribute('aria-label')?.trim();
  if (label) return label;
  if (el instanceof HTMLInputElement && ['text', 'search', ''].includes(el.type)) return el.value;
  if (el instanceof HTMLImageElement) return el.alt;
  let text = '';
  for (const child of el.childNodes) {
    if (child.nodeType === child.TEXT_NODE) text += child.textContent ?? '';
    else if (child instanceof Element) {
      const part = contentText(child);
      text += INLINE.has(child.tagName) ? part : ` ${part} `;
    }
  }
  return text;
}

/** The accessible name, as far as fgsim's markup needs. */
export function accessibleName(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = squash(byIds(el, labelledBy));
    if (text) return text;
  }
  const label = el.getAttribute('aria-label');
  if (label && squash(label)) return squash(label);
  if (
    el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement
  ) {
    const labels = [...(el.labels ?? [])].map((l) => contentText(l, true)).join(' ');
    if (squash(labels)) return squash(labels);
    if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type))
      return squash(el.value);
  } else {
    const role = roleOf(el);
    if (role && NAME_FROM_CONTENT.has(role as Role)) {
      const text = squash(contentText(el, true));
      if (text) return text;
    }
  }
  return squash(el.getAttribute('title') ?? '');
}

export function nameMatches(name: string, target: Target): boolean {
  const wanted = squash(target.name);
  return target.exact ? name === wanted : name.toLowerCase().includes(wanted.toLowerCase());
}

function candidates(root: ParentNode, role: Role): Element[] {
  const implicit = IMPLICIT[role];
  const selector = implicit ? `[role~="${role}"], ${implicit}` : `[role~="${role}"]`;
  return [...root.querySelectorAll(selector)].filter((el) => roleOf(el) === role);
}

/**
 * Every visible element under `root` with the target's role and name, in document order. Elements
 * inside `skip` (the guide itself) are left out.
 */
export function findAll(root: ParentNode, target: Target, skip?: Element | null): Element[] {
  return candidates(root, target.role).filter(
    (el) => !(skip && skip.contains(el)) && !isHidden(el) && nameMatches(accessibleName(el), target),
  );
}

export function findTarget(root: ParentNode, target: Target, skip?: Element | null): Element | null {
  return findAll(root, target, skip)[0] ?? null;
}
