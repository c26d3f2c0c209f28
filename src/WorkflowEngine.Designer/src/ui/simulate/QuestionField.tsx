import type { Answer, FormQuestion } from '../../model';
import { CharacterCountTextarea, upToHint } from '../fields/CharacterCount';

interface Props {
  /** Prefix of the control's id, unique on the page. */
  idPrefix: string;
  question: FormQuestion;
  answer: Answer | undefined;
  error?: string;
  /** Say "(optional)" after the label of a question that need not be answered (task forms; every fact is optional). */
  markOptional?: boolean;
  onAnswer: (answer: Answer) => void;
}

/** One question of a simulator form as the GOV.UK control for its kind, with its error beside it. */
export function QuestionField({ idPrefix, question, answer, error, markOptional = true, onAnswer }: Props) {
  const id = `${idPrefix}-${question.key}`;
  // A one-line text box states its limit in its hint, as the Razor pages do; a textarea under it.
  const inputLimit = question.limit !== undefined && question.kind === 'text' ? question.limit : undefined;
  const areaLimit = question.limit !== undefined && question.kind === 'longText' ? question.limit : undefined;
  const hintText = [question.hint, inputLimit === undefined ? undefined : upToHint(inputLimit)].filter(Boolean).join(' ');
  const hintId = hintText ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const label = `${question.label}${question.required || !markOptional ? '' : ' (optional)'}`;
  const hint = hintText && <div className="govuk-hint" id={hintId}>{hintText}</div>;
  const errorText = error && <p className="govuk-error-message" id={errorId}><span className="govuk-visually-hidden">Error:</span> {error}</p>;
  const group = `govuk-form-group${error ? ' govuk-form-group--error' : ''}`;

  if (question.kind === 'boolean') {
    return (
      <div className={group}>
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input className="govuk-checkboxes__input" id={id} type="checkbox" checked={answer === true} aria-describedby={describedBy} onChange={(event) => onAnswer(event.target.checked)} />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>{question.label}</label>
            {question.hint && <div className="govuk-hint govuk-checkboxes__hint" id={hintId}>{question.hint}</div>}
          </div>
        </div>
      </div>
    );
  }

  if (question.kind === 'multiChoice') {
    const chosen = Array.isArray(answer) ? answer : [];
    return (
      <div className={group}>
        <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
          {hint}
          {errorText}
          <div className="govuk-checkboxes govuk-checkboxes--small">
            {(question.options ?? []).map((option, index) => (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={`${id}-${index}`}
                  type="checkbox"
                  checked={chosen.includes(option.value)}
                  onChange={(event) => onAnswer(event.target.checked ? [...chosen, option.value] : chosen.filter((value) => value !== option.value))}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={`${id}-${index}`}>{option.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    );
  }

  const text = typeof answer === 'string' ? answer : '';
  let control;
  if (question.kind === 'choice') {
    control = (
      <select className={`govuk-select${error ? ' govuk-select--error' : ''}`} id={id} value={text} aria-describedby={describedBy} onChange={(event) => onAnswer(event.target.value)}>
        {!question.required && <option value="">Not answered</option>}
        {(question.options ?? []).map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    );
  } else if (areaLimit !== undefined) {
    control = <CharacterCountTextarea id={id} limit={areaLimit} rows={2} value={text} hintId={hintId} errorId={errorId} onChange={onAnswer} />;
  } else if (question.kind === 'longText' || question.kind === 'textList') {
    control = <textarea className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`} id={id} rows={2} value={text} aria-describedby={describedBy} onChange={(event) => onAnswer(event.target.value)} />;
  } else {
    const numeric = question.kind === 'integer' || question.kind === 'number';
    control = (
      <input
        className={`govuk-input${numeric ? ' govuk-input--width-5' : ''}${error ? ' govuk-input--error' : ''}`}
        id={id}
        type={question.kind === 'date' ? 'date' : question.kind === 'dateTime' ? 'datetime-local' : 'text'}
        inputMode={question.kind === 'integer' ? 'numeric' : question.kind === 'number' ? 'decimal' : undefined}
        spellCheck={numeric ? false : undefined}
        value={text}
        aria-describedby={describedBy}
        onChange={(event) => onAnswer(event.target.value)}
      />
    );
  }
  return (
    <div className={areaLimit === undefined ? group : `${group} govuk-character-count`} data-maxlength={areaLimit}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>{label}</label>
      {question.kind === 'textList' && !question.hint ? <div className="govuk-hint" id={`${id}-list-hint`}>One per line.</div> : hint}
      {(question.minimum !== undefined || question.maximum !== undefined) && (
        <div className="govuk-hint">From {question.minimum ?? 'any'} to {question.maximum ?? 'any'}.</div>
      )}
      {errorText}
      {control}
    </div>
  );
}
