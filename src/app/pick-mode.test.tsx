import { fireEvent, render, screen } from '@testing-library/react';
import { computeAccessibleName, getRole, isInaccessible } from 'dom-accessibility-api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { manifestTarget, matchesOf, pickableFrom, pickMode, startPickMode, targetOf } from './pick-mode';
import { memoryStorage } from '../test/memory-storage';

const a11y = { getRole, computeAccessibleName, isInaccessible };

function Screen({ onToggle, onOpen }: { onToggle: () => void; onOpen: () => void }) {
  return (
    <main>
      <button type="button" role="switch" aria-checked="false" onClick={onToggle}>
        <span>Endpoint Control</span>
      </button>
      <div role="treegrid" aria-label="Interfaces">
        <div role="row" onDoubleClick={onOpen} onClick={onOpen}>
          <div role="gridcell">
            <span data-testid="name">internal</span>
          </div>
          <div role="gridcell">HTTPS PING</div>
        </div>
      </div>
      <button type="button">OK</button>
      <button type="button" hidden>
        OK
      </button>
      <button type="button">It's "quoted" \ here</button>
    </main>
  );
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
});

describe('pick mode', () => {
  it('is asked for with ?pick=1 and lasts for the session until ?pick=0', () => {
    const session = memoryStorage();
    expect(pickMode('?screenshot=1', session)).toBe(false);
    expect(pickMode('?screenshot=1&pick=1', session)).toBe(true);
    expect(pickMode('', session)).toBe(true);
    expect(pickMode('?pick=0', session)).toBe(false);
  });

  it('picks the nearest control with a role and a name: a switch from its label, a row from a cell', () => {
    render(<Screen onToggle={() => undefined} onOpen={() => undefined} />);
    const inSwitch = screen.getByText('Endpoint Control');
    expect(targetOf(pickableFrom(inSwitch, a11y)!, a11y)).toEqual({
      role: 'switch',
      name: 'Endpoint Control',
    });
    const row = pickableFrom(screen.getByTestId('name'), a11y)!;
    expect(targetOf(row, a11y)).toEqual({ role: 'row', name: 'internal HTTPS PING' });
    // Outer: from the row to its table.
    expect(targetOf(pickableFrom(row.parentElement, a11y)!, a11y)).toEqual({
      role: 'treegrid',
      name: 'Interfaces',
    });
  });

  it('counts what answers to a target, hidden elements aside, and writes it as the manifest does', () => {
    render(<Screen onToggle={() => undefined} onOpen={() => undefined} />);
    expect(matchesOf(document, { role: 'button', name: 'OK' }, a11y)).toBe(1);
    expect(manifestTarget({ role: 'switch', name: 'Endpoint Control' })).toBe(
      "{ role: 'switch', name: 'Endpoint Control', exact: true }",
    );
    expect(manifestTarget({ role: 'button', name: 'It\'s "quoted" \\ here' })).toBe(
      String.raw`{ role: 'button', name: 'It\'s "quoted" \\ here', exact: true }`,
    );
  });

  it('a click shows the target and never reaches the control', () => {
    const onToggle = vi.fn();
    const onOpen = vi.fn();
    render(<Screen onToggle={onToggle} onOpen={onOpen} />);
    stop = startPickMode(a11y);
    // jsdom has no layout (nor elementFromPoint): the element under the pointer is the one clicked.
    const under = vi.fn<(x: number, y: number) => Element | null>();
    document.elementFromPoint = under;
    const sw = screen.getByRole('switch', { name: 'Endpoint Control' });
    under.mockReturnValue(sw.firstElementChild);
    fireEvent.pointerDown(sw.firstElementChild!, { button: 0 });
    fireEvent.mouseDown(sw.firstElementChild!);
    fireEvent.click(sw.firstElementChild!);
    expect(onToggle).not.toHaveBeenCalled();
    const panel = screen.getByRole('region', { name: 'Pick a target' });
    expect(panel.querySelector('code')?.textContent).toBe(
      "{ role: 'switch', name: 'Endpoint Control', exact: true }",
    );
    expect(panel).toHaveTextContent('The only one on this screen.');

    const cell = screen.getByTestId('name');
    under.mockReturnValue(cell);
    fireEvent.pointerDown(cell, { button: 0 });
    fireEvent.click(cell);
    fireEvent.doubleClick(cell);
    expect(onOpen).not.toHaveBeenCalled();
    expect(panel.querySelector('code')?.textContent).toBe(
      "{ role: 'row', name: 'internal HTTPS PING', exact: true }",
    );
    fireEvent.click(screen.getByRole('button', { name: 'Outer' }));
    expect(panel.querySelector('code')?.textContent).toBe(
      "{ role: 'treegrid', name: 'Interfaces', exact: true }",
    );
  });
});
