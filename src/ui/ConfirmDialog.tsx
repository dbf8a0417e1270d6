import type { ReactNode } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  /** `Confirm` unless the action names itself (`Deregister`). */
  title?: string;
  /** The question (`Are you sure you want to delete the interface port9?`). */
  children: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A dialog's OK (primary) and Cancel buttons, as every 6.0 dialog has them. */
export function OkCancelButtons({ onOk, onCancel }: { onOk: () => void; onCancel: () => void }) {
  return (
    <>
      <Button variant="primary" onClick={onOk}>
        OK
      </Button>
      <Button onClick={onCancel}>Cancel</Button>
    </>
  );
}

/**
 * The 6.0 GUI's question before a delete or another action that cannot be taken back: the
 * question, OK and Cancel. Escape cancels.
 */
export function ConfirmDialog({ title = 'Confirm', children, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      actions={<OkCancelButtons onOk={onConfirm} onCancel={onCancel} />}
    >
      <p>{children}</p>
    </Dialog>
  );
}
