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
