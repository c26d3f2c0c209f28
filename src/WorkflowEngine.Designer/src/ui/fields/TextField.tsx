import { useEffect, useState } from 'react';
import { remainingMessage, upToHint } from './CharacterCount';
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
  /**
   * The most characters the validator takes (from the reference's limits): a one-line box says
   * "Up to N characters." in its hint, a textarea is a GOV.UK character count. Text over it is kept,
   * not cut; the validator's message then shows beside the box.
   */
  limit?: number;
}

/** A GOV.UK text input (or textarea) with a visible label, and an error message when it has problems. */
export function TextField({ label, value, onCommit, field, hint, multiline, width, readOnly, spellCheck, limit }: Props) {
  const state = useFieldState(field);
  const { id } = state;
  const failing = state.messages.length > 0;
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const commit = () => {
    if (text !== (value ?? '')) onCommit(text);
  };
  const counted = multiline && limit !== undefined;
  const shownHint = !multiline && limit !== undefined ? [hint, upToHint(limit)].filter(Boolean).join(' ') : hint;
  const widthClass = width === undefined ? '' : /^\d+$/.test(width) ? ` govuk-input--width-${width}` : ` govuk-!-width-${width}`;
  const common = {
    id,
    value: text,
    readOnly,
    spellCheck,
    'aria-describedby': [describedBy(state, shownHint), counted ? `${id}-info` : undefined].filter(Boolean).join(' ') || undefined,
    onChange: (event: { target: { value: string } }) => setText(event.target.value),
    onBlur: commit,
  };
  return (
    <div className={`${formGroupClass(state)}${counted ? ' govuk-character-count' : ''}`} data-maxlength={counted ? limit : undefined}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>{label}</label>
      {shownHint && <div className="govuk-hint" id={`${id}-hint`}>{shownHint}</div>}
      <ErrorMessage state={state} />
      {multiline ? (
        <>
          <textarea
            className={`govuk-textarea${counted ? ' govuk-js-character-count' : ''}${failing || (counted && text.length > limit) ? ' govuk-textarea--error' : ''}`}
            rows={3}
            {...common}
          />
          {counted && (
            <>
              <div id={`${id}-info`} className="govuk-hint govuk-character-count__message">You can enter up to {limit.toLocaleString('en-GB')} characters</div>
              <div className={`govuk-character-count__status ${text.length > limit ? 'govuk-error-message' : 'govuk-hint'}`} aria-live="polite">
                {remainingMessage(text.length, limit)}
              </div>
            </>
          )}
        </>
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
