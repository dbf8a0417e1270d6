/**
 * How the user left the interface list — search text, open rows, selected row — so that coming back
 * from the edit page shows the same view with the edited row in it (the tunnel just edited under its
 * expanded port, not a collapsed list to dig through again). Client-only view state, not configuration.
 */
import { create } from 'zustand';

interface ListViewState {
  query: string;
  /** Open/closed choices for the current search (node id → open); a new search starts afresh. */
  expanded: ReadonlyMap<string, boolean>;
  selected: string | null;
  setQuery: (query: string) => void;
  setExpanded: (expanded: ReadonlyMap<string, boolean>) => void;
  select: (name: string | null) => void;
  reset: () => void;
}

const initial = { query: '', expanded: new Map<string, boolean>(), selected: null };

export const useInterfaceListView = create<ListViewState>()((set) => ({
  ...initial,
  setQuery: (query) => set({ query, expanded: new Map() }),
  setExpanded: (expanded) => set({ expanded }),
  select: (selected) => set({ selected }),
  reset: () => set({ ...initial, expanded: new Map() }),
}));
