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
  /** Whether the row shows the problems of `field` (one of two rows on a field shows them). */
  placed?: boolean;
}

/** A settings field that is a list of names: a picker in a form row, bound to one settings key. */
export function NamesField({ view, setSetting, disabled, field, label, options, placed }: NamesFieldProps) {
  return (
    <FormRow label={label} field={placed ? field : undefined}>
      {(id, error) => (
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
