/**
 * A control on screen, named the way a person (and assistive technology) names it: its ARIA role and
 * accessible name. The shape is Playwright's `page.getByRole(role, { name, exact })`, so the e2e
 * journey and the documentation screenshots use a target as it is; the guide finds the same element
 * in the page with ./find-target.ts.
 */

/** The roles the walkthrough points at (a subset of ARIA's, each one Playwright's `getByRole` takes). */
export type Role =
  | 'button'
  | 'checkbox'
  | 'complementary'
  | 'heading'
  | 'link'
  | 'log'
  | 'radio'
  | 'region'
  | 'row'
  | 'searchbox'
  | 'switch'
  | 'textbox'
  | 'treegrid';

export interface Target {
  role: Role;
  /** The accessible name. Without `exact`, any name containing it (ignoring case) matches. */
  name: string;
  /** The whole name, case and all (after collapsing white space), as Playwright's `exact: true`. */
  exact?: boolean;
}

/**
 * The attribute on Show me's outline (its value: the target's name), for the e2e journey, which checks
 * the outline surrounds the control Playwright finds, and for the screenshot mode that hides it.
 */
export const HIGHLIGHT_ATTRIBUTE = 'data-guide-highlight';

const roleWords: Record<Role, string> = {
  button: 'button',
  checkbox: 'check box',
  complementary: 'panel',
  heading: 'heading',
  link: 'link',
  log: 'log',
  radio: 'option',
  region: 'area',
  row: 'row',
  searchbox: 'search box',
  switch: 'switch',
  textbox: 'box',
  treegrid: 'table',
};

/** "the Endpoint Control switch", for messages in the guide. */
export function describeTarget(target: Target): string {
  return `the ${target.name} ${roleWords[target.role]}`;
}
