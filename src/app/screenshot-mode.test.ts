import { describe, expect, it } from 'vitest';
import { screenshotMode } from './screenshot-mode';

function memory(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

describe('screenshot mode', () => {
  it('is off unless asked for', () => {
    expect(screenshotMode('', memory())).toBe(false);
    expect(screenshotMode('?scenario=large', memory())).toBe(false);
  });

  it('stays on for the session once asked for, until ?screenshot=0', () => {
    const session = memory();
    expect(screenshotMode('?scenario=telemetry-on&screenshot=1', session)).toBe(true);
    expect(screenshotMode('', session)).toBe(true);
    expect(screenshotMode('?screenshot=0', session)).toBe(false);
    expect(screenshotMode('', session)).toBe(false);
  });
});
