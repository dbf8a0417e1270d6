import { useEffect, useRef, useState } from 'react';
import { Icon } from './Icon';
import { TOAST_DURATION_MS, useToasts, type Toast } from './toast';

/** One toast: it dismisses itself after its time, unless the pointer or the focus is on it. */
function ToastItem({ toast, dismiss }: { toast: Toast; dismiss: (id: number) => void }) {
  const [held, setHeld] = useState(false);
  const hover = useRef(false);
  const focus = useRef(false);
  const hold = () => setHeld(hover.current || focus.current);
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => dismiss(toast.id), TOAST_DURATION_MS[toast.kind]);
    return () => clearTimeout(timer);
  }, [held, toast.id, toast.kind, dismiss]);
  return (
    <div
      className={`fg-toast fg-toast--${toast.kind}`}
      role={toast.kind === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => {
        hover.current = true;
        hold();
      }}
      onMouseLeave={() => {
        hover.current = false;
        hold();
      }}
      onFocus={() => {
        focus.current = true;
        hold();
      }}
      onBlur={() => {
        focus.current = false;
        hold();
      }}
    >
      <span className="fg-toast__message">{toast.message}</span>
      <button
        type="button"
        className="fg-toast__close"
        aria-label="Dismiss"
        onClick={() => dismiss(toast.id)}
      >
        <Icon name="close" size={12} />
      </button>
    </div>
  );
}

/**
 * Where toasts appear; render once, in the shell, inside the page area (so never over the guide
 * beside it or the CLI Console below it). Errors are alerts, the rest polite status.
 */
export function Toaster() {
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  return (
    <div className="fg-toasts">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} dismiss={dismiss} />
      ))}
    </div>
  );
}
