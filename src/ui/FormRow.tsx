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

/**
 * A row bound to a field: its problem (the one given, else its field's), and the row's id, from which
 * `labelOf` builds the label and `controlIdOf` the id handed to the control.
 */
function BoundRow({
  label,
  children,
  field,
  error: given,
  labelOf,
  controlIdOf,
}: FormRowProps & {
  labelOf: (id: string, label: string) => ReactNode;
  controlIdOf: (id: string) => string;
}) {
  const id = useId();
  const fieldError = useFieldError(...fieldsOf(field));
  const error = given || fieldError || undefined;
  return (
    <RowFrame label={labelOf(id, label)} error={error}>
      {children(controlIdOf(id), error)}
    </RowFrame>
  );
}

const forControl = (id: string, label: string): ReactNode => (
  <label className="fg-form-row__label" htmlFor={id}>
    {label}
  </label>
);
const namingGroup = (id: string, label: string): ReactNode => (
  <span id={`${id}-label`} className="fg-form-row__label">
    {label}
  </span>
);
const sameId = (id: string): string => id;
const groupLabelId = (id: string): string => `${id}-label`;

/** A label on the left, a control on the right, as on every FortiOS edit page. */
export function FormRow(props: FormRowProps) {
  return <BoundRow {...props} labelOf={forControl} controlIdOf={sameId} />;
}

/**
 * A row whose control is a group (radio buttons, a list of boxes): `children` gets the id of the
 * row's label, for the group's `aria-labelledby`.
 */
export function GroupRow(props: FormRowProps) {
  return <BoundRow {...props} labelOf={namingGroup} controlIdOf={groupLabelId} />;
}

/** A row that shows a fact the page does not edit (Link Status, the obtained address). */
export function ReadOnlyRow({ label, children }: { label: string; children: ReactNode }) {
  return <RowFrame label={<span className="fg-form-row__label">{label}</span>}>{children}</RowFrame>;
}
