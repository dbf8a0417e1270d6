import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useResource } from './react';
import { noteRevision } from './revision';

/** A loader whose answers the test releases one by one. */
function controlledLoader<T>() {
  const pending: Array<(value: T) => void> = [];
  const load = vi.fn(() => new Promise<T>((resolve) => pending.push(resolve)));
  const answer = (value: T) =>
    act(async () => {
      pending.shift()?.(value);
    });
  return { load, answer, pending };
}

let revision = 100;
const nextRevision = () => String(++revision);

describe('useResource', () => {
  it('loads, then loads again when the device revision changes, keeping the old data meanwhile', async () => {
    noteRevision(nextRevision());
    const { load, answer } = controlledLoader<string>();
    const { result } = renderHook(() => useResource(load, []));
    expect(result.current).toMatchObject({ data: undefined, loading: true, error: null });
    await answer('first');
    expect(result.current).toMatchObject({ data: 'first', loading: false });

    act(() => noteRevision(nextRevision()));
    expect(load).toHaveBeenCalledTimes(2);
    expect(result.current.data).toBe('first');
    await answer('second');
    expect(result.current.data).toBe('second');
  });

  it('reports a failure and keeps the last good data', async () => {
    noteRevision(nextRevision());
    let fail = false;
    const load = vi.fn(async () => {
      if (fail) throw new Error('refused');
      return 'good';
    });
    const { result } = renderHook(() => useResource(load, []));
    await waitFor(() => expect(result.current.data).toBe('good'));
    fail = true;
    act(() => result.current.reload());
    await waitFor(() => expect(result.current.error?.message).toBe('refused'));
    expect(result.current.data).toBe('good');
  });

  it('re-runs when its deps change and ignores the answer of the superseded run', async () => {
    noteRevision(nextRevision());
    const { load, answer, pending } = controlledLoader<string>();
    const { result, rerender } = renderHook(
      ({ id }) => useResource(() => load().then((v) => `${id}:${v}`), [id]),
      {
        initialProps: { id: 'a' },
      },
    );
    rerender({ id: 'b' });
    expect(pending).toHaveLength(2);
    await answer('old');
    expect(result.current.data).toBeUndefined();
    await answer('new');
    await waitFor(() => expect(result.current.data).toBe('b:new'));
  });

  it('loads again after a change that lands while a load is running', async () => {
    noteRevision(nextRevision());
    const { load, answer } = controlledLoader<string>();
    const { result } = renderHook(() => useResource(load, []));
    act(() => noteRevision(nextRevision()));
    expect(load).toHaveBeenCalledTimes(1);
    await answer('stale');
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    await answer('fresh');
    expect(result.current.data).toBe('fresh');
  });
});
