import { useEffect, useState } from 'react';
import { describedBy, ErrorMessage, formGroupClass, useFieldState } from './FieldProblems';

interface Props {
  label: string;
  value: string | undefined;
  /** Called once the author leaves the field (or presses Enter), so one change is one undo step. */
  onCommit: (value: string) => void;
  /** Its path in the selected item (see FieldProblems); the validator's problems with it show beside it. */
  field?: string;
  hint?: string;
  multiline?: boolean;
  width?: 'full' | 'two-thirds' | 'one-half' | 'one-third' | '10' | '5';
  readOnly?: boolean;
  spellCheck?: boolean;
}

/** A GOV.UK text input (or textarea) with a visible label, and an error message when it has problems. */
export function TextField({ label, value, onCommit, field, hint, multiline, width, readOnly, spellCheck }: Props) {
  const state = useFieldState(field);
  const { id } = state;
  const failing = state.messages.length > 0;
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const commit = () => {
    if (text !== (value ?? '')) onCommit(text);
  };
  const widthClass = width === undefined ? '' : /^\d+$/.test(width) ? ` govuk-input--width-${width}` : ` govuk-!-width-${width}`;
  const common = {
    id,
    value: text,
    readOnly,
    spellCheck,
    'aria-describedby': describedBy(state, hint),
    onChange: (event: { target: { value: string } }) => setText(event.target.value),
    onBlur: commit,
  };
  return (
    <div className={formGroupClass(state)}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>{label}</label>
      {hint && <div className="govuk-hint" id={`${id}-hint`}>{hint}</div>}
      <ErrorMessage state={state} />
      {multiline ? (
        <textarea className={`govuk-textarea${failing ? ' govuk-textarea--error' : ''}`} rows={3} {...common} />
      ) : (
        <input
          className={`govuk-input${widthClass}${failing ? ' govuk-input--error' : ''}`}
          type="text"
          {...common}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
      )}
    </div>
  );
}
