import { useId, type ReactNode } from 'react';
import { fieldsOf, useFieldError } from './placed-fields';

interface RowFrameProps {
  /** The label, already built: a `<label for>` or a `<span id>` naming a group. */
  label: ReactNode;
  children: ReactNode;
  error?: string | null | undefined;
}

/** The chrome every form row shares: the label column, the control column, the error under it. */
function RowFrame({ label, children, error }: RowFrameProps) {
  return (
    <div className="fg-form-row">
      {label}
      <div className="fg-form-row__control">
        {children}
        {error && (
          <p className="fg-form-row__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}

export interface FormRowProps {
  label: string;
  /** Renders the control, given the id its label points at and the row's problem (for `aria-invalid`). */
  children: (id: string, error: string | undefined) => ReactNode;
  /**
   * The field (REST name) or fields the row shows: the row shows their problem from the enclosing
   * FieldProblems, and places them, so that problem is not shown again above the form.
   */
  field?: string | readonly string[] | undefined;
  /** A problem given directly, when the row is not bound to a field. */
  error?: string | null | undefined;
}

/** The row's problem: the one given, else its field's. */
function useRowError(field: FormRowProps['field'], error: FormRowProps['error']): string | undefined {
  const fieldError = useFieldError(...fieldsOf(field));
  return error || fieldError || undefined;
}

/** A label on the left, a control on the right, as on every FortiOS edit page. */
export function FormRow({ label, children, field, error: given }: FormRowProps) {
  const id = useId();
  const error = useRowError(field, given);
  return (
    <RowFrame
      label={
        <label className="fg-form-row__label" htmlFor={id}>
          {label}
        </label>
      }
      error={error}
    >
      {children(id, error)}
    </RowFrame>
  );
}

/**
 * A row whose control is a group (radio buttons, a list of boxes): `children` gets the id of the
 * row's label, for the group's `aria-labelledby`.
 */
export function GroupRow({ label, children, field, error: given }: FormRowProps) {
  const id = useId();
  const error = useRowError(field, given);
  return (
    <RowFrame
      label={
        <span id={`${id}-label`} className="fg-form-row__label">
          {label}
        </span>
      }
      error={error}
    >
      {children(`${id}-label`, error)}
    </RowFrame>
  );
}

/** A row that shows a fact the page does not edit (Link Status, the obtained address). */
export function ReadOnlyRow({ label, children }: { label: string; children: ReactNode }) {
  return <RowFrame label={<span className="fg-form-row__label">{label}</span>}>{children}</RowFrame>;
}
