import { useEffect, useId, useState } from 'react';

interface Props {
  label: string;
  value: string | undefined;
  /** Called once the author leaves the field (or presses Enter), so one change is one undo step. */
  onCommit: (value: string) => void;
  hint?: string;
  multiline?: boolean;
  width?: 'full' | 'two-thirds' | 'one-half' | 'one-third' | '10' | '5';
  readOnly?: boolean;
  spellCheck?: boolean;
}

/** A GOV.UK text input (or textarea) with a visible label. */
export function TextField({ label, value, onCommit, hint, multiline, width, readOnly, spellCheck }: Props) {
  const id = useId();
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
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onChange: (event: { target: { value: string } }) => setText(event.target.value),
    onBlur: commit,
  };
  return (
    <div className="govuk-form-group">
      <label className="govuk-label govuk-label--s" htmlFor={id}>{label}</label>
      {hint && <div className="govuk-hint" id={`${id}-hint`}>{hint}</div>}
      {multiline ? (
        <textarea className="govuk-textarea" rows={3} {...common} />
      ) : (
        <input
          className={`govuk-input${widthClass}`}
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
