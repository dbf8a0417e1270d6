import { labelOf, type FieldLabels } from '../../client/schema-answer';
import type { CmdbRow, CmdbValue } from '../../client';
import { FormRow, ToggleSwitch } from '../../ui';
import { RadioRow } from '../../ui/RadioRow';
import { WINMAC, type Category } from './model';

export interface CategorySectionProps {
  category: Category;
  /** `forticlient-winmac-settings` as shown (device values with edits on top). */
  winmac: CmdbRow;
  labels: FieldLabels;
  onChange: (key: string, value: CmdbValue) => void;
  disabled: boolean;
}

type Action = 'block' | 'warning';

const onOff = (on: boolean): string => (on ? 'enable' : 'disable');

/**
 * One compliance category of the edit page: its switch, and while it is on, its Non-compliance action
 * (Block | Warning) and its sub-options.
 */
export function CategorySection({ category, winmac, labels, onChange, disabled }: CategorySectionProps) {
  const label = (key: string, fallback: string): string => labelOf(labels, `${WINMAC}.${key}`, fallback);
  const title = label(category.key, category.fallback);
  const on = winmac[category.key] === 'enable';
  const headingId = `fg-compliance-${category.key}`;

  return (
    <section className="fg-compliance__category" aria-labelledby={headingId}>
      <h3 id={headingId} className="fg-visually-hidden">
        {title}
      </h3>
      <ToggleSwitch
        label={title}
        checked={on}
        disabled={disabled}
        onChange={(next) => onChange(category.key, onOff(next))}
      />
      {on && (
        <div className="fg-compliance__category-body">
          <RadioRow<Action>
            label={label(category.action, 'Non-compliance action')}
            value={winmac[category.action] === 'warning' ? 'warning' : 'block'}
            choices={[
              { value: 'block', label: 'Block' },
              { value: 'warning', label: 'Warning' },
            ]}
            disabled={disabled}
            field={category.action}
            onChange={(action) => onChange(category.action, action)}
          />
          {category.options.map((option) => {
            const optionOn = winmac[option.key] === 'enable';
            return (
              <div key={option.key} className="fg-compliance__option">
                <label className="fg-compliance__check">
                  <input
                    type="checkbox"
                    checked={optionOn}
                    disabled={disabled}
                    onChange={(e) => onChange(option.key, onOff(e.target.checked))}
                  />
                  {label(option.key, option.fallback)}
                </label>
                {optionOn &&
                  option.values?.map((v) => (
                    <FormRow key={v.key} label={label(v.key, v.fallback)} field={v.key}>
                      {(id, error) => (
                        <input
                          id={id}
                          value={String(winmac[v.key] ?? '')}
                          disabled={disabled}
                          aria-invalid={Boolean(error) || undefined}
                          onChange={(e) => onChange(v.key, e.target.value)}
                        />
                      )}
                    </FormRow>
                  ))}
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}
