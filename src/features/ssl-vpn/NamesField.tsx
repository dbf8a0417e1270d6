import { FormRow } from '../../ui';
import { NameListPicker } from '../../ui/NameListPicker';
import { names, nameRefs } from './model';
import type { SectionProps } from './section-props';

interface NamesFieldProps extends Pick<SectionProps, 'view' | 'setSetting' | 'disabled'> {
  /** The `vpn ssl settings` key holding the list (`source-interface`, `source-address`, …). */
  field: string;
  label: string;
  /** The names that may be chosen (another table's rows). */
  options: readonly string[];
  /** Shown beside the row, when the error is this row's own. */
  error?: string | undefined;
}

/** A settings field that is a list of names: a picker in a form row, bound to one settings key. */
export function NamesField({ view, setSetting, disabled, field, label, options, error }: NamesFieldProps) {
  return (
    <FormRow label={label} error={error}>
      {(id) => (
        <NameListPicker
          id={id}
          label={label}
          value={names(view[field])}
          options={options}
          disabled={disabled}
          invalid={Boolean(error)}
          onChange={(next) => setSetting(field, nameRefs(next))}
        />
      )}
    </FormRow>
  );
}
