import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  children: ReactNode;
  /** The buttons at the bottom (OK / Cancel …). */
  actions: ReactNode;
  /** Escape, and the caller's Cancel button, call this. */
  onClose: () => void;
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog (confirmations such as "Delete 1 item?"). Render it only while open. It is the
 * browser's own `<dialog>` opened with `showModal()`: in the top layer, over everything, with the rest
 * of the page inert (no Tab, no click, hidden from screen readers) while it is open. Focus moves to its
 * first control, Escape calls `onClose` (the caller decides; the dialog does not close itself), and
 * focus returns to where it was.
 */
export function Dialog({ title, children, actions, onClose }: DialogProps) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement as HTMLElement | null;
    // jsdom (the screen tests) has no showModal: there the dialog is only shown.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    if (!dialog.contains(document.activeElement))
      (dialog.querySelector<HTMLElement>(FOCUSABLE) ?? dialog).focus();
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
      before?.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>): void => {
    if (e.key !== 'Escape') return;
    // Not the browser's own close: the caller's state says whether the dialog is open.
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };

  return (
    <dialog
      ref={ref}
      className="fg-dialog"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} className="fg-dialog__title">
        {title}
      </h2>
      <div className="fg-dialog__body">{children}</div>
      <div className="fg-dialog__actions">{actions}</div>
    </dialog>
  );
}
