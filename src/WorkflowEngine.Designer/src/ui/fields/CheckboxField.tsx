import { describedBy, ErrorMessage, formGroupClass, useFieldState } from './FieldProblems';

interface Props {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Its path in the selected item (see FieldProblems); the validator's problems with it show above it. */
  field?: string;
  hint?: string;
}

/** A single small GOV.UK checkbox. */
export function CheckboxField({ label, checked, onChange, field, hint }: Props) {
  const state = useFieldState(field);
  const { id } = state;
  return (
    <div className={formGroupClass(state)}>
      <ErrorMessage state={state} />
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            type="checkbox"
            checked={checked}
            aria-describedby={describedBy(state, hint)}
            onChange={(event) => onChange(event.target.checked)}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>{label}</label>
          {hint && <div className="govuk-hint govuk-checkboxes__hint" id={`${id}-hint`}>{hint}</div>}
        </div>
      </div>
    </div>
  );
}
