/**
 * The CLI Console panel's top edge: drag it, or focus it and use the arrow keys (PageUp/PageDown for
 * bigger steps, Home/End for the smallest and largest), to change the panel's height. A focusable
 * separator whose value is the height in pixels; the height is remembered (useCliPanel).
 */
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { PANEL_HEIGHT, useCliPanel } from './console-store';

const STEP = 20;

function useWindowHeight(): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = (): void => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

/** The panel's height as drawn: the stored one, kept between the minimum and what the window allows. */
export function usePanelHeight(): { height: number; min: number; max: number } {
  const stored = useCliPanel((s) => s.height);
  const windowHeight = useWindowHeight();
  const min = PANEL_HEIGHT.min;
  const max = Math.max(min, windowHeight - PANEL_HEIGHT.pageRoom);
  return { height: Math.min(max, Math.max(min, stored)), min, max };
}

export function ResizeHandle() {
  const { height, min, max } = usePanelHeight();
  const setHeight = useCliPanel((s) => s.setHeight);
  const drag = useRef<{ y: number; height: number } | null>(null);
  const clamp = (h: number): number => Math.min(max, Math.max(min, h));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const next: Record<string, number> = {
      ArrowUp: height + STEP,
      ArrowDown: height - STEP,
      PageUp: height + STEP * 5,
      PageDown: height - STEP * 5,
      Home: min,
      End: max,
    };
    const target = next[e.key];
    if (target === undefined) return;
    e.preventDefault();
    setHeight(clamp(target));
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>): void => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { y: e.clientY, height };
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>): void => {
    const start = drag.current;
    if (start) setHeight(clamp(start.height + start.y - e.clientY));
  };

  const onPointerUp = (e: PointerEvent<HTMLDivElement>): void => {
    drag.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };

  return (
    <div
      className="fg-cli__resize"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize CLI Console"
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={height}
      aria-valuetext={`${height} pixels high`}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    />
  );
}
