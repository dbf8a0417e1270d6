import { useId, type ReactNode } from 'react';

export interface FormRowProps {
  label: string;
  /** Renders the control, given the id its label points at. */
  children: (id: string) => ReactNode;
  /** A problem with this field (the device's message); shown under the control and announced. */
  error?: string | null;
}

/** A label on the left, a control on the right, as on every FortiOS edit page. */
export function FormRow({ label, children, error }: FormRowProps) {
  const id = useId();
  return (
    <div className="fg-form-row">
      <label className="fg-form-row__label" htmlFor={id}>
        {label}
      </label>
      <div className="fg-form-row__control">
        {children(id)}
        {error && (
          <p className="fg-form-row__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
