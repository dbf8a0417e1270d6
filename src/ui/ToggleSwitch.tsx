import { useId } from 'react';

export interface ToggleSwitchProps {
  /** The visible label, which is also the switch's accessible name. */
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** Extra description read after the name (help text). */
  description?: string;
}

/** An on/off switch (`role="switch"`): click, Space or Enter flips it. */
export function ToggleSwitch({ label, checked, onChange, disabled, description }: ToggleSwitchProps) {
  const id = useId();
  return (
    <div className="fg-switch-row">
      <span id={`${id}-label`} className="fg-switch-row__label">
        {label}
      </span>
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        title={description}
        disabled={disabled}
        className="fg-switch"
        onClick={() => onChange(!checked)}
      >
        <span className="fg-switch__track" aria-hidden="true">
          <span className="fg-switch__thumb" />
        </span>
      </button>
    </div>
  );
}
