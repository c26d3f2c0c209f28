import { describedBy, ErrorMessage, formGroupClass, useFieldState } from './FieldProblems';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  label: string;
  value: string | undefined;
  options: Option[];
  onChange: (value: string) => void;
  /** Its path in the selected item (see FieldProblems); the validator's problems with it show beside it. */
  field?: string;
  hint?: string;
  /** Offered as the first option, meaning "not set". */
  emptyLabel?: string;
  disabled?: boolean;
}

/** A GOV.UK select with a visible label. A value not in the list is still shown, marked unknown. */
export function SelectField({ label, value, options, onChange, field, hint, emptyLabel, disabled }: Props) {
  const state = useFieldState(field);
  const { id } = state;
  const known = value === undefined || value === '' || options.some((option) => option.value === value);
  return (
    <div className={formGroupClass(state)}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>{label}</label>
      {hint && <div className="govuk-hint" id={`${id}-hint`}>{hint}</div>}
      <ErrorMessage state={state} />
      <select
        className={`govuk-select${state.messages.length > 0 ? ' govuk-select--error' : ''}`}
        id={id}
        value={value ?? ''}
        disabled={disabled}
        aria-describedby={describedBy(state, hint)}
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
