/**
 * zustand in tests, as zustand's testing guide has it: every store created during a test run is put
 * back to its initial state after each test, so no test sees another's toasts, layout, guide
 * progress, session, console transcript or list view. src/test/setup-*.ts turn it on with
 * `vi.mock('zustand')` and call `resetAllStores` after each test (in the DOM, once the rendered tree
 * is unmounted); a new store needs nothing more.
 */
import { vi } from 'vitest';
import type * as Zustand from 'zustand';

export * from 'zustand';

const actual = await vi.importActual<typeof Zustand>('zustand');

/** One reset per store created so far. */
const resets = new Set<() => void>();

/** Puts every store back to the state it was created with (persisted stores as before hydration). */
export function resetAllStores(): void {
  for (const reset of resets) reset();
}

function track<S>(store: Zustand.StoreApi<S>): void {
  const initial = store.getInitialState();
  resets.add(() => store.setState(initial, true));
}

const createUncurried = <S>(creator: Zustand.StateCreator<S>) => {
  const store = actual.create(creator);
  track(store);
  return store;
};

export const create = (<S>(creator?: Zustand.StateCreator<S>) =>
  typeof creator === 'function' ? createUncurried(creator) : createUncurried) as typeof Zustand.create;

const createStoreUncurried = <S>(creator: Zustand.StateCreator<S>) => {
  const store = actual.createStore(creator);
  track(store);
  return store;
};

export const createStore = (<S>(creator?: Zustand.StateCreator<S>) =>
  typeof creator === 'function'
    ? createStoreUncurried(creator)
    : createStoreUncurried) as typeof Zustand.createStore;
