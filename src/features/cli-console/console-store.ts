/**
 * The CLI Console's client-only state (DESIGN.md rule 4), one small store per concern:
 *
 * - `useCliTranscript` — the scrollback, the current prompt and whether the console is connected. In
 *   memory: it survives closing and reopening the panel and navigating, not a reload.
 * - `useCliHistory` — the session name the door knows this console by and the lines typed (↑/↓). Kept
 *   for the browser session (sessionStorage), so a reload keeps both.
 * - `useCliPanel` — the panel's height, remembered across sessions (localStorage) like the menu's state.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { appendText } from './scrollback';

export type ConsoleStatus = 'closed' | 'connecting' | 'ready' | 'reconnecting';

interface TranscriptState {
  lines: string[];
  /** The last prompt the device gave: `FGT60E # `, `FGT60E (port1) # ` or `Do you want to continue? (y/n)`. */
  prompt: string;
  status: ConsoleStatus;
  print: (text: string) => void;
  setPrompt: (prompt: string) => void;
  setStatus: (status: ConsoleStatus) => void;
  clear: () => void;
}

const initialTranscript = { lines: [] as string[], prompt: '', status: 'closed' as ConsoleStatus };

export const useCliTranscript = create<TranscriptState>()((set) => ({
  ...initialTranscript,
  print: (text) => set((s) => ({ lines: appendText(s.lines, text) })),
  setPrompt: (prompt) => set({ prompt }),
  setStatus: (status) => set({ status }),
  clear: () => set({ lines: [] }),
}));

/** How many typed lines ↑ can recall. */
export const MAX_HISTORY = 500;

interface HistoryState {
  /** This console's CLI session at the door (its `config` levels, a pending y/n question). */
  sessionId: string;
  /** Typed lines, oldest first; a line equal to the one before it is kept once. */
  entries: string[];
  remember: (line: string) => void;
}

function newSessionId(): string {
  return `gui-${globalThis.crypto.randomUUID()}`;
}

export const CLI_HISTORY_STORAGE_KEY = 'fgsim.cli-console.history';

export const useCliHistory = create<HistoryState>()(
  persist(
    (set) => ({
      sessionId: newSessionId(),
      entries: [],
      remember: (line) =>
        set((s) => {
          if (line.trim() === '' || s.entries[s.entries.length - 1] === line) return s;
          return { entries: [...s.entries, line].slice(-MAX_HISTORY) };
        }),
    }),
    {
      name: CLI_HISTORY_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => sessionStorage),
      partialize: (s) => ({ sessionId: s.sessionId, entries: s.entries }),
    },
  ),
);

export const CLI_PANEL_STORAGE_KEY = 'fgsim.cli-console.panel';

/** Panel heights in CSS pixels: the default, the smallest, and how much room the page keeps above it. */
export const PANEL_HEIGHT = { initial: 300, min: 120, pageRoom: 160 } as const;

interface PanelState {
  height: number;
  setHeight: (height: number) => void;
}

export const useCliPanel = create<PanelState>()(
  persist(
    (set) => ({
      height: PANEL_HEIGHT.initial,
      setHeight: (height) => set({ height: Math.round(height) }),
    }),
    {
      name: CLI_PANEL_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ height: s.height }),
    },
  ),
);

/** Ends the console's session: a new session name, no transcript, no history (on Logout). */
export function endCliSession(): void {
  useCliTranscript.setState(initialTranscript);
  useCliHistory.setState({ sessionId: newSessionId(), entries: [] });
}

/** Back to a fresh console (tests; a new session, default height). */
export function resetCliConsole(): void {
  endCliSession();
  useCliPanel.setState({ height: PANEL_HEIGHT.initial });
}
