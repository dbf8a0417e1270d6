import { Button } from './Button';

/**
 * The bar under a settings form with its Apply button (the form's submit), kept in view while the
 * form scrolls, as on the 6.0 GUI. `disabled` while nothing has changed or a save is running.
 */
export function ApplyFooter({ disabled }: { disabled: boolean }) {
  return (
    <div className="fg-form-footer">
      <Button type="submit" variant="primary" disabled={disabled}>
        Apply
      </Button>
    </div>
  );
}

export interface OkCancelFooterProps {
  /** While a save runs both buttons wait. */
  saving: boolean;
  onCancel: () => void;
  /** Kept in view while a long form scrolls (the compliance profile), as Apply is. */
  sticky?: boolean;
}

/** The OK (the form's submit) and Cancel buttons under an edit page, as on every 6.0 edit page. */
export function OkCancelFooter({ saving, onCancel, sticky = false }: OkCancelFooterProps) {
  return (
    <div className={sticky ? 'fg-ok-cancel fg-ok-cancel--sticky' : 'fg-ok-cancel'}>
      <Button type="submit" variant="primary" disabled={saving}>
        OK
      </Button>
      <Button onClick={onCancel} disabled={saving}>
        Cancel
      </Button>
    </div>
  );
}
