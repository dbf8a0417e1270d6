import { useState } from 'react';
import './choice-controls.css';

export interface NameListPickerProps {
  /** The id the row's `<label>` points at; it names the control that adds an entry. */
  id: string;
  /** The field's label, used in the names of the remove buttons ("Remove wan1 from …"). */
  label: string;
  value: readonly string[];
  onChange: (next: string[]) => void;
  /** The names that may be chosen (another table's rows). Without them, names are typed freely. */
  options?: readonly string[];
  /** The text shown for a name, e.g. with the interface's alias (`dmz (DMZ)`); default: the name. */
  describe?: (name: string) => string;
  disabled?: boolean;
  /** Set while the field has an error, for `aria-invalid`. */
  invalid?: boolean;
}

/**
 * A list of names (`[{ name }]` in REST: interfaces, addresses, groups…) as FortiOS edit pages show
 * it: the chosen entries, each removable, and a way to add one more — a drop-down of the names not yet
 * chosen, or a text box when the names are not drawn from a table.
 */
export function NameListPicker({
  id,
  label,
  value,
  onChange,
  options,
  describe = (name) => name,
  disabled,
  invalid,
}: NameListPickerProps) {
  const [typed, setTyped] = useState('');
  const chosen = new Set(value);
  const listId = `${id}-chosen`;
  const add = (name: string): void => {
    const n = name.trim();
    if (n !== '' && !chosen.has(n)) onChange([...value, n]);
  };

  return (
    <div className="fg-name-list">
      <ul id={listId} className="fg-name-list__chosen" aria-label={`${label}: selected`}>
        {value.length === 0 && <li className="fg-name-list__none">None</li>}
        {value.map((name) => (
          <li key={name} className="fg-name-list__entry">
            <span>{describe(name)}</span>
            <button
              type="button"
              className="fg-name-list__remove"
              aria-label={`Remove ${name} from ${label}`}
              disabled={disabled}
              onClick={() => onChange(value.filter((v) => v !== name))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {options ? (
        <select
          id={id}
          className="fg-name-list__add"
          value=""
          disabled={disabled}
          aria-describedby={listId}
          aria-invalid={invalid || undefined}
          onChange={(e) => add(e.target.value)}
        >
          <option value="">+ Add…</option>
          {options
            .filter((o) => !chosen.has(o))
            .map((o) => (
              <option key={o} value={o}>
                {describe(o)}
              </option>
            ))}
        </select>
      ) : (
        <span className="fg-name-list__typed">
          <input
            id={id}
            value={typed}
            disabled={disabled}
            aria-describedby={listId}
            aria-invalid={invalid || undefined}
            onChange={(e) => setTyped(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              add(typed);
              setTyped('');
            }}
          />
          <button
            type="button"
            className="fg-button fg-button--secondary"
            disabled={disabled || typed.trim() === ''}
            aria-label={`Add to ${label}`}
            onClick={() => {
              add(typed);
              setTyped('');
            }}
          >
            Add
          </button>
        </span>
      )}
    </div>
  );
}
