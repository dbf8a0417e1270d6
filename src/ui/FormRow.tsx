import { useId, type ReactNode } from 'react';

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
  /** Renders the control, given the id its label points at. */
  children: (id: string) => ReactNode;
  /** A problem with this field (the device's message); shown under the control and announced. */
  error?: string | null | undefined;
}

/** A label on the left, a control on the right, as on every FortiOS edit page. */
export function FormRow({ label, children, error }: FormRowProps) {
  const id = useId();
  return (
    <RowFrame
      label={
        <label className="fg-form-row__label" htmlFor={id}>
          {label}
        </label>
      }
      error={error}
    >
      {children(id)}
    </RowFrame>
  );
}

/**
 * A row whose control is a group (radio buttons, a list of boxes): `children` gets the id of the
 * row's label, for the group's `aria-labelledby`.
 */
export function GroupRow({ label, children, error }: FormRowProps) {
  const id = useId();
  return (
    <RowFrame
      label={
        <span id={`${id}-label`} className="fg-form-row__label">
          {label}
        </span>
      }
      error={error}
    >
      {children(`${id}-label`)}
    </RowFrame>
  );
}

/** A row that shows a fact the page does not edit (Link Status, the obtained address). */
export function ReadOnlyRow({ label, children }: { label: string; children: ReactNode }) {
  return <RowFrame label={<span className="fg-form-row__label">{label}</span>}>{children}</RowFrame>;
}
