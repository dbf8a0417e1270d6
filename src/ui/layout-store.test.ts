import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initialLayout, useLayout } from './layout-store';

describe('layout store: menu sections', () => {
  beforeEach(() => useLayout.setState({ ...initialLayout, openSections: ['Dashboard'] }));

  it('opens a closed section and closes an open one', () => {
    useLayout.getState().setSectionOpen('Network', true);
    expect(useLayout.getState().openSections).toEqual(['Dashboard', 'Network']);
    useLayout.getState().setSectionOpen('Dashboard', false);
    expect(useLayout.getState().openSections).toEqual(['Network']);
  });

  it('does not tell anyone when a section is already as asked', () => {
    const listener = vi.fn();
    const off = useLayout.subscribe(listener);
    useLayout.getState().setSectionOpen('Dashboard', true);
    useLayout.getState().setSectionOpen('System', false);
    off();
    expect(listener).not.toHaveBeenCalled();
    expect(useLayout.getState().openSections).toEqual(['Dashboard']);
  });
});
