import { useId } from 'react';

interface Props {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

/** A single small GOV.UK checkbox. */
export function CheckboxField({ label, checked, onChange, hint }: Props) {
  const id = useId();
  return (
    <div className="govuk-form-group">
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            type="checkbox"
            checked={checked}
            aria-describedby={hint ? `${id}-hint` : undefined}
            onChange={(event) => onChange(event.target.checked)}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>{label}</label>
          {hint && <div className="govuk-hint govuk-checkboxes__hint" id={`${id}-hint`}>{hint}</div>}
        </div>
      </div>
    </div>
  );
}
