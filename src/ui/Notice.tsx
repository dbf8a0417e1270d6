import type { ReactNode } from 'react';

/**
 * An inline message box. `error` and `warning` are announced at once (`role="alert"`); `info` is
 * polite (`role="status"`).
 */
export function Notice({
  kind = 'info',
  children,
}: {
  kind?: 'info' | 'warning' | 'error';
  children: ReactNode;
}) {
  return (
    <div className={`fg-notice fg-notice--${kind}`} role={kind === 'info' ? 'status' : 'alert'}>
      {children}
    </div>
  );
}
