/**
 * Toasts: short notices about what just happened ("Configuration updated", a refusal from the
 * device). Like the real console's, they go away by themselves after a few seconds (Toaster.tsx: not
 * while the pointer or the focus is on one), and can be dismissed before that. Screenshot mode hides
 * them, so pictures do not depend on timing.
 */
import { create } from 'zustand';

export type ToastKind = 'success' | 'error' | 'info';

export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
}

interface ToastState {
  toasts: Toast[];
  nextId: number;
  show: (kind: ToastKind, message: string) => void;
  dismiss: (id: number) => void;
  clear: () => void;
}

/** How long a toast stays, by kind: long enough to read a refusal twice. */
export const TOAST_DURATION_MS: Readonly<Record<ToastKind, number>> = {
  success: 4000,
  info: 4000,
  error: 8000,
};

/** At most this many toasts are shown; older ones make room. */
const MAX_TOASTS = 3;

export const useToasts = create<ToastState>()((set) => ({
  toasts: [],
  nextId: 1,
  show: (kind, message) =>
    set((s) => ({
      toasts: [...s.toasts, { id: s.nextId, kind, message }].slice(-MAX_TOASTS),
      nextId: s.nextId + 1,
    })),
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  clear: () => set({ toasts: [] }),
}));

/** Shows a toast from outside React (an event handler, an async action). */
export const showToast = (kind: ToastKind, message: string): void => useToasts.getState().show(kind, message);
