/**
 * The guide's client-only state (DESIGN.md rule 4): whether the panel is open, which step it shows and
 * the revision each step began at survive a reload (localStorage); what "Show me" is highlighting does
 * not. Which steps are done is
 * never stored: it is read from the device each time (./client-reads.ts).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { steps, type StepId } from './steps';
import type { Target } from './target';

export const GUIDE_STORAGE_KEY = 'fgsim.guide';

/** What Show me asked for: find `target` once the page is at `route`. */
export interface HighlightRequest {
  /** Tells two requests for the same step apart, so pressing Show me again searches again. */
  id: number;
  stepIndex: number;
  route: string;
  target: Target;
}

export type HighlightStatus = 'searching' | 'shown' | 'missing';

export interface GuideState {
  open: boolean;
  /** The step shown in the panel (0-based). */
  current: number;
  highlight: HighlightRequest | null;
  highlightStatus: HighlightStatus | null;
  /**
   * The device's revision when each step was first opened in this run of the guide: "What you
   * changed" is the CLI from there to now. Back, Next and a reload keep it; Reset starts a new run.
   */
  starts: Partial<Record<StepId, string>>;
  /** Counts the runs, so a start read before a Reset is not recorded after it. */
  run: number;
  setOpen: (open: boolean) => void;
  goTo: (index: number) => void;
  showMe: (index: number) => void;
  setHighlightStatus: (status: HighlightStatus) => void;
  clearHighlight: () => void;
  /** Records `revision` as where step `id` began, unless it began already or `run` is over. */
  beginStep: (id: StepId, revision: string, run: number) => void;
  /** A new run of the guide (Reset): every step begins again when next opened. */
  startOver: () => void;
}

export const initialGuide = {
  open: false,
  current: 0,
  highlight: null,
  highlightStatus: null,
  starts: {},
  run: 0,
};

const clamp = (index: number): number => Math.min(Math.max(0, Math.trunc(index) || 0), steps.length - 1);
let requests = 0;

/** The stored starts that name a step and a revision; anything else in storage is dropped. */
function startsOf(stored: unknown): GuideState['starts'] {
  if (!stored || typeof stored !== 'object') return {};
  const starts: GuideState['starts'] = {};
  for (const step of steps) {
    const revision = (stored as Record<string, unknown>)[step.id];
    if (typeof revision === 'string' && revision !== '') starts[step.id] = revision;
  }
  return starts;
}

export const useGuide = create<GuideState>()(
  persist(
    (set) => ({
      ...initialGuide,
      setOpen: (open) => set(open ? { open } : { open, highlight: null, highlightStatus: null }),
      goTo: (index) => set({ current: clamp(index) }),
      showMe: (index) => {
        const step = steps[clamp(index)];
        if (!step) return;
        set({
          current: clamp(index),
          highlight: { id: ++requests, stepIndex: clamp(index), route: step.route, target: step.target },
          highlightStatus: 'searching',
        });
      },
      setHighlightStatus: (highlightStatus) => set({ highlightStatus }),
      clearHighlight: () => set({ highlight: null, highlightStatus: null }),
      beginStep: (id, revision, run) =>
        set((s) =>
          s.run !== run || s.starts[id] !== undefined ? s : { starts: { ...s.starts, [id]: revision } },
        ),
      startOver: () => set((s) => ({ starts: {}, run: s.run + 1 })),
    }),
    {
      name: GUIDE_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ open: s.open, current: s.current, starts: s.starts }),
      merge: (stored, current) => {
        const s = (stored ?? {}) as Partial<Pick<GuideState, 'open' | 'current' | 'starts'>>;
        return {
          ...current,
          open: s.open === true,
          current: clamp(s.current ?? 0),
          starts: startsOf(s.starts),
        };
      },
    },
  ),
);

/** `?guide=fortitelemetry&step=3` → the step index (0-based) to open, or null for another link. */
export function deepLinkStep(search: string, guideId: string): number | null {
  const params = new URLSearchParams(search);
  if (params.get('guide') !== guideId) return null;
  const step = Number(params.get('step') ?? '1');
  return clamp(Number.isFinite(step) ? step - 1 : 0);
}

/** The query string without the guide's deep-link parameters. */
export function withoutDeepLink(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('guide');
  params.delete('step');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}
