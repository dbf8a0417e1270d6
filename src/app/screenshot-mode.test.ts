import { describe, expect, it } from 'vitest';
import { screenshotMode } from './screenshot-mode';
import { memoryStorage } from '../test/memory-storage';

describe('screenshot mode', () => {
  it('is off unless asked for', () => {
    expect(screenshotMode('', memoryStorage())).toBe(false);
    expect(screenshotMode('?scenario=large', memoryStorage())).toBe(false);
  });

  it('stays on for the session once asked for, until ?screenshot=0', () => {
    const session = memoryStorage();
    expect(screenshotMode('?scenario=telemetry-on&screenshot=1', session)).toBe(true);
    expect(screenshotMode('', session)).toBe(true);
    expect(screenshotMode('?screenshot=0', session)).toBe(false);
    expect(screenshotMode('', session)).toBe(false);
  });
});
