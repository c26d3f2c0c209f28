import { useId, useState } from 'react';
import type { Answer, AnswerProblem, FormQuestion } from '../../model';
import { QuestionField } from './QuestionField';

interface Props {
  questions: FormQuestion[];
  answers: Record<string, Answer>;
  problems: AnswerProblem[];
  /** The facts as they would be sent, for the raw JSON view. */
  factsJson: string;
  onAnswer: (key: string, answer: Answer) => void;
  onUseJson: (facts: Record<string, unknown>) => void;
}

/**
 * The contact's facts as a form made from the fact catalogue: yes/no facts as checkboxes, numbers,
 * then the facts tasks usually record, folded away. Power users can paste JSON instead.
 */
export function FactsForm({ questions, answers, problems, factsJson, onAnswer, onUseJson }: Props) {
  const rawId = useId();
  const [raw, setRaw] = useState<string>();
  const [rawProblem, setRawProblem] = useState<string>();
  const errorOf = (key: string) => problems.find((problem) => problem.key === key)?.message;
  const field = (question: FormQuestion) => (
    <QuestionField key={question.key} idPrefix="simulate-fact" markOptional={false} question={question} answer={answers[question.key]} error={errorOf(question.key)} onAnswer={(answer) => onAnswer(question.key, answer)} />
  );
  const yesNo = questions.filter((question) => question.kind === 'boolean');
  const numbers = questions.filter((question) => question.kind === 'integer' || question.kind === 'number');
  const others = questions.filter((question) => !yesNo.includes(question) && !numbers.includes(question));
  const othersWithProblems = others.some((question) => errorOf(question.key));

  return (
    <div className="simulate-form">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">What the contact says (yes/no)</legend>
        {yesNo.map(field)}
      </fieldset>
      {numbers.map(field)}
      <details className="govuk-details" open={othersWithProblems || undefined}>
        <summary className="govuk-details__summary"><span className="govuk-details__summary-text">Other facts ({others.length}), usually recorded by tasks</span></summary>
        <div className="govuk-details__text">{others.map(field)}</div>
      </details>
      <details className="govuk-details">
        <summary className="govuk-details__summary"><span className="govuk-details__summary-text">The facts as JSON</span></summary>
        <div className="govuk-details__text">
          <div className={`govuk-form-group${rawProblem ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor={rawId}>Facts JSON (paste to fill the form)</label>
            {rawProblem && <p className="govuk-error-message" id={`${rawId}-error`}><span className="govuk-visually-hidden">Error:</span> {rawProblem}</p>}
            <textarea className="govuk-textarea designer-code" id={rawId} rows={8} spellCheck={false} aria-describedby={rawProblem ? `${rawId}-error` : undefined}
              value={raw ?? factsJson} onChange={(event) => setRaw(event.target.value)} />
          </div>
          <button type="button" className="govuk-button govuk-button--secondary govuk-button--small designer-small-button" onClick={() => {
            try {
              const parsed = JSON.parse(raw ?? factsJson) as unknown;
              if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('Write one object, like {"urgent": true}.');
              setRawProblem(undefined);
              setRaw(undefined);
              onUseJson(parsed as Record<string, unknown>);
            } catch (error) {
              setRawProblem(`The facts are not valid JSON: ${(error as Error).message}`);
            }
          }}>Fill the form from this JSON</button>
        </div>
      </details>
    </div>
  );
}
