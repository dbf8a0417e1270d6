import { Icon } from './Icon';
import { useToasts } from './toast';

/** Where toasts appear; render once, in the shell. Errors are alerts, the rest polite status. */
export function Toaster() {
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  return (
    <div className="fg-toasts">
      {toasts.map((t) => (
        <div
          key={t.id}
          className={`fg-toast fg-toast--${t.kind}`}
          role={t.kind === 'error' ? 'alert' : 'status'}
        >
          <span className="fg-toast__message">{t.message}</span>
          <button
            type="button"
            className="fg-toast__close"
            aria-label="Dismiss"
            onClick={() => dismiss(t.id)}
          >
            <Icon name="close" size={12} />
          </button>
        </div>
      ))}
    </div>
  );
}
