/**
 * The console: the router over the route table (screens addressed after the `#`, see ./address.ts), with
 * the boot notice (stored configuration that could not be used, or a change the browser refused to
 * store) shown above whatever page is open; a new `noticeKey` shows a notice again after an earlier one
 * was dismissed.
 */
import { useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { Icon } from '../ui';
import './app.css';
import { appRoutes } from './routes';

export function BootNotice({ notice }: { notice: string | null }) {
  const [dismissed, setDismissed] = useState(false);
  if (!notice || dismissed) return null;
  return (
    <div className="fg-boot-notice" role="alert">
      <span>{notice}</span>
      <button
        type="button"
        className="fg-toast__close"
        aria-label="Dismiss"
        onClick={() => setDismissed(true)}
      >
        <Icon name="close" size={12} />
      </button>
    </div>
  );
}

export function App({ bootNotice, noticeKey = 0 }: { bootNotice: string | null; noticeKey?: number }) {
  const [router] = useState(() => createHashRouter(appRoutes));
  return (
    <>
      <BootNotice key={noticeKey} notice={bootNotice} />
      <RouterProvider router={router} />
    </>
  );
}
