/**
 * Layout preferences shared by the shell and the screens (client-only state, DESIGN.md rule 4):
 * whether the left menu is collapsed, which menu sections are open, and whether the CLI Console panel
 * is open. Menu preferences survive a reload (localStorage); the console starts closed.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export interface LayoutState {
  menuCollapsed: boolean;
  /** Labels of the open top-level menu sections. */
  openSections: string[];
  consoleOpen: boolean;
  toggleMenu: () => void;
  setSectionOpen: (section: string, open: boolean) => void;
  setConsoleOpen: (open: boolean) => void;
}

export const LAYOUT_STORAGE_KEY = 'fgsim.layout';

export const initialLayout = { menuCollapsed: false, openSections: ['Dashboard'], consoleOpen: false };

export const useLayout = create<LayoutState>()(
  persist(
    (set) => ({
      ...initialLayout,
      toggleMenu: () => set((s) => ({ menuCollapsed: !s.menuCollapsed })),
      // Opening an open section (the shell does on every navigation) is no change: no new list, so
      // no render of the shell and no write to storage.
      setSectionOpen: (section, open) =>
        set((s) =>
          s.openSections.includes(section) === open
            ? s
            : {
                openSections: open
                  ? [...s.openSections, section]
                  : s.openSections.filter((x) => x !== section),
              },
        ),
      setConsoleOpen: (consoleOpen) => set({ consoleOpen }),
    }),
    {
      name: LAYOUT_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ menuCollapsed: s.menuCollapsed, openSections: s.openSections }),
    },
  ),
);
