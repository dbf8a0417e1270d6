/**
 * The guide's role-and-name finder agrees with Testing Library's (which implements the full accessible
 * name computation): on small markup that exercises each naming rule, and on the real screens for
 * every step's Show me target.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { logIn, renderConsole, setupConsoleDevice } from '../test/console';
import { accessibleName, findAll, findTarget } from './find-target';
import { steps } from './steps';
import type { Target } from './target';

const device = setupConsoleDevice('telemetry-on');

function mount(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

/** Testing Library's query for the same target (its `name` string is always exact). */
const byTestingLibrary = (target: Target): Promise<HTMLElement> =>
  screen.findByRole(
    target.role,
    {
      name: target.exact
        ? target.name
        : (name: string) => name.toLowerCase().includes(target.name.toLowerCase()),
    },
    { timeout: 15_000 },
  );

describe('accessible names', () => {
  it('follows aria-labelledby, aria-label, labels, content and title, in that order', () => {
    const root = mount(`
      <span id="l1">Endpoint</span><span id="l2">Control</span>
      <button role="switch" aria-labelledby="l1 l2" aria-label="ignored">x</button>
      <button aria-label="Close guide"><svg aria-hidden="true"></svg></button>
      <label for="c1">FortiTelemetry</label><input id="c1" type="checkbox">
      <label><input type="checkbox"> Enforce FortiClient compliance</label>
      <a href="/x">  default
        profile </a>
      <button title="Only a title"></button>
      <div role="row"><div role="gridcell"><button aria-label="Expand wan1">▸</button>wan1</div><div role="gridcell">PING</div></div>
    `);
    const names = [...root.querySelectorAll('button, input, a, [role=row]')].map(accessibleName);
    expect(names).toEqual([
      'Endpoint Control',
      'Close guide',
      'FortiTelemetry',
      'Enforce FortiClient compliance',
      'default profile',
      'Only a title',
      // A button is not inline (inline-block), so its name is set apart, as Playwright does.
      'Expand wan1 wan1 PING',
      'Expand wan1',
    ]);
    root.remove();
  });

  it('matches by role — an explicit role replaces the native one — and leaves hidden elements out', () => {
    const root = mount(`
      <button role="switch" aria-label="Apply">on</button>
      <div hidden><button>Apply</button></div>
      <div aria-hidden="true"><button>Apply</button></div>
      <button>Apply changes</button>
      <button>Apply</button>
    `);
    const exact = findAll(root, { role: 'button', name: 'Apply', exact: true });
    expect(exact.map((e) => e.outerHTML)).toEqual(['<button>Apply</button>']);
    const loose = findAll(root, { role: 'button', name: 'apply' });
    expect(loose.map((e) => e.textContent)).toEqual(['Apply changes', 'Apply']);
    expect(findAll(root, { role: 'switch', name: 'Apply' })).toHaveLength(1);
    expect(findTarget(root, { role: 'button', name: 'Apply', exact: true }, root)).toBeNull();
    root.remove();
  });
});

describe('every step’s target on its screen', { timeout: 30_000 }, () => {
  for (const step of steps)
    it(`${step.id}: ${step.target.role} "${step.target.name}" on ${step.route}`, async () => {
      await device.current.api.put('/api/v2/cmdb/system/settings', { 'gui-endpoint-control': 'enable' });
      await logIn();
      renderConsole(step.route);
      const expected = await byTestingLibrary(step.target);
      expect(findTarget(document, step.target)).toBe(expected);
    });

  it('interfaces: the tunnel rows the screenshot boxes, once wan1 and wan2 are open', async () => {
    await logIn();
    const { user } = renderConsole('/network/interfaces');
    const grid = await screen.findByRole('treegrid', { name: 'Interfaces' }, { timeout: 15_000 });
    for (const port of ['wan1', 'wan2'])
      await user.click(within(grid).getByRole('button', { name: `Expand ${port}` }));
    const boxes = steps.find((s) => s.id === 'interfaces')?.screenshots[0]?.boxes ?? [];
    expect(boxes).toHaveLength(3);
    for (const { target } of boxes) expect(findTarget(document, target)).toBe(await byTestingLibrary(target));
  });
});
