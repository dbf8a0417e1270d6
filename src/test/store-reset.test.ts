/** The zustand auto-reset (__mocks__/zustand.ts): a store a test changed starts the next test afresh. */
import { describe, expect, it } from 'vitest';
import { useInterfaceListView } from '../features/interfaces/list-view';
import { showToast, useToasts } from '../ui/toast';

describe('zustand stores between tests', () => {
  it('a test changes two stores', () => {
    showToast('success', 'Configuration updated successfully');
    useInterfaceListView.getState().setQuery('wan');
    expect(useToasts.getState().toasts).toHaveLength(1);
    expect(useInterfaceListView.getState().query).toBe('wan');
  });

  it('the next test sees both as they were created', () => {
    expect(useToasts.getState().toasts).toEqual([]);
    expect(useToasts.getState().nextId).toBe(1);
    expect(useInterfaceListView.getState().query).toBe('');
  });
});
