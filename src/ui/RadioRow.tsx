import type { ReactNode } from 'react';
import { GroupRow } from './FormRow';
import './choice-controls.css';

export interface RadioChoice<T extends string> {
  value: T;
  label: string;
}

export interface RadioRowProps<T extends string> {
  /** The row's label, which names the radio group. */
  label: string;
  value: T;
  choices: readonly RadioChoice<T>[];
  onChange: (value: T) => void;
  disabled?: boolean;
  /** The field (REST name) the choices set: its problem is shown under them (see FormRow). */
  field?: string | readonly string[] | undefined;
  /** A problem given directly; shown under the choices and announced. */
  error?: string | null;
  /** What the chosen value asks for next (the hosts of "Limit access to specific hosts"). */
  children?: ReactNode;
}

/**
 * A form row whose control is a set of radio buttons ("Block | Warning", "Allow access from any host /
 * Limit access to specific hosts"), laid out like FormRow (a GroupRow). Arrow keys move between the choices.
 */
export function RadioRow<T extends string>({
  label,
  value,
  choices,
  onChange,
  disabled,
  field,
  error,
  children,
}: RadioRowProps<T>) {
  return (
    <GroupRow label={label} field={field} error={error}>
      {(labelId) => (
        <>
          <div role="radiogroup" aria-labelledby={labelId} className="fg-radio-group">
            {choices.map((c) => (
              <label key={c.value} className="fg-radio-group__choice">
                <input
                  type="radio"
                  name={labelId}
                  value={c.value}
                  checked={value === c.value}
                  disabled={disabled}
                  onChange={() => onChange(c.value)}
                />
                {c.label}
              </label>
            ))}
          </div>
          {children}
        </>
      )}
    </GroupRow>
  );
}
