/**
 * "Show me": an outline drawn over the control a step names, found by role and name once the page is
 * at the step's route (lazily loaded pages and data may take a moment, so it keeps looking for a
 * while). The outline is decoration — hidden from assistive technology, transparent to the pointer,
 * never focusable — so the page underneath works as before and focus stays where the person puts it.
 * It follows the control as the page scrolls and goes away when the person leaves that page.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useLocation } from 'react-router';
import { findTarget } from './find-target';
import { useGuide } from './guide-store';
import { HIGHLIGHT_ATTRIBUTE } from './target';

/** How long Show me waits for the route and the control before it says it cannot find it. */
export const SEARCH_TIMEOUT_MS = 10_000;
/** The gap between the control and the outline around it, in CSS pixels. */
const MARGIN = 5;

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const schedule = (run: () => void): (() => void) => {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(run);
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(run, 16);
  return () => clearTimeout(id);
};

const sameBox = (a: Box | null, b: Box | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.top === b.top &&
    a.left === b.left &&
    a.width === b.width &&
    a.height === b.height);

/**
 * Show me takes the keyboard to what it outlines: the control itself, or for a table the row a
 * keyboard user would land on (its one with tabindex 0).
 */
function focusTarget(element: Element): void {
  if (!(element instanceof HTMLElement)) return;
  const focusable = element.matches('a[href], button, input, select, textarea, [tabindex]')
    ? element
    : element.querySelector<HTMLElement>('[tabindex="0"], a[href], button, input, select, textarea');
  focusable?.focus({ preventScroll: true });
}

export function Highlight({ skip }: { skip: RefObject<Element | null> }) {
  const request = useGuide((s) => s.highlight);
  const setStatus = useGuide((s) => s.setHighlightStatus);
  const clear = useGuide((s) => s.clearHighlight);
  const { pathname } = useLocation();
  const [box, setBox] = useState<Box | null>(null);
  /** The request whose control has been found at least once. */
  const shownId = useRef<number | null>(null);

  useEffect(() => {
    if (!request) return;
    const found = shownId.current === request.id;
    if (found && pathname !== request.route) {
      clear();
      return;
    }
    const started = Date.now();
    let element: Element | null = null;
    let last: Box | null = null;
    let cancel = (): void => {};
    const update = (next: Box | null): void => {
      if (sameBox(last, next)) return;
      last = next;
      setBox(next);
    };
    const tick = (): void => {
      if (!element?.isConnected) {
        element = pathname === request.route ? findTarget(document, request.target, skip.current) : null;
        if (element) {
          element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
          if (shownId.current !== request.id) {
            shownId.current = request.id;
            setStatus('shown');
            focusTarget(element);
          }
        } else if (shownId.current !== request.id && Date.now() - started > SEARCH_TIMEOUT_MS) {
          update(null);
          setStatus('missing');
          return;
        }
      }
      const r = element?.getBoundingClientRect();
      update(r ? { top: r.top, left: r.left, width: r.width, height: r.height } : null);
      cancel = schedule(tick);
    };
    cancel = schedule(tick);
    return () => {
      cancel();
      setBox(null);
    };
  }, [request, pathname, clear, setStatus, skip]);

  if (!request || !box) return null;
  return createPortal(
    <div
      className="fg-guide-highlight"
      {...{ [HIGHLIGHT_ATTRIBUTE]: request.target.name }}
      aria-hidden="true"
      style={{
        top: box.top - MARGIN,
        left: box.left - MARGIN,
        width: box.width + 2 * MARGIN,
        height: box.height + 2 * MARGIN,
      }}
    />,
    document.body,
  );
}
