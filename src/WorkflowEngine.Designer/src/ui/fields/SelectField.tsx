import { useId } from 'react';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  label: string;
  value: string | undefined;
  options: Option[];
  onChange: (value: string) => void;
  hint?: string;
  /** Offered as the first option, meaning "not set". */
  emptyLabel?: string;
  disabled?: boolean;
}

/** A GOV.UK select with a visible label. A value not in the list is still shown, marked unknown. */
export function SelectField({ label, value, options, onChange, hint, emptyLabel, disabled }: Props) {
  const id = useId();
  const known = value === undefined || value === '' || options.some((option) => option.value === value);
  return (
    <div className="govuk-form-group">
      <label className="govuk-label govuk-label--s" htmlFor={id}>{label}</label>
      {hint && <div className="govuk-hint" id={`${id}-hint`}>{hint}</div>}
      <select
        className="govuk-select"
        id={id}
        value={value ?? ''}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {!known && <option value={value}>{value} (unknown)</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
    </div>
  );
}

/** Options from plain keys, shown as written. */
export const keyOptions = (keys: readonly string[]): Option[] => keys.map((key) => ({ value: key, label: key }));
