import { useEffect, useMemo, useState } from 'react';
import { ApiError, type DesignerApi } from '../../api/client';
import type { DesignerReference } from '../../api/ruleSetTypes';
import type { SimulationResult, SimulationStep } from '../../api/types';
import { answersToJson, defaultAnswers, factQuestions, type Answer, type AnswerProblem, type WorkflowDocument } from '../../model';
import { FactsForm } from './FactsForm';
import { sampleFacts } from './sampleFacts';
import { SimulationView } from './SimulationView';

interface Props {
  api: DesignerApi;
  doc: WorkflowDocument;
  onClose: () => void;
  /** Hears each new result, and undefined on Reset or when the panel closes, so the diagram can show the path. */
  onResult: (result: SimulationResult | undefined) => void;
}

/**
 * Runs the workflow on the server with sample facts, step by step. The server replays every step
 * from the start each time and touches no live case, so Reset is just forgetting the steps. The
 * facts and each task's answers are forms, never raw JSON (which stays behind a disclosure).
 */
export function SimulatePanel({ api, doc, onClose, onResult }: Props) {
  const [reference, setReference] = useState<DesignerReference>();
  const [factAnswers, setFactAnswers] = useState<Record<string, Answer>>({});
  const [factProblems, setFactProblems] = useState<AnswerProblem[]>([]);
  const [steps, setSteps] = useState<SimulationStep[]>([]);
  const [result, setResult] = useState<SimulationResult>();
  const [error, setError] = useState<string>();
  const [running, setRunning] = useState(false);
  useEffect(() => onResult(result), [result, onResult]);
  useEffect(() => () => onResult(undefined), [onResult]);

  const questions = useMemo(() => factQuestions(reference?.facts ?? [], reference?.limits), [reference]);
  useEffect(() => {
    api.getReference().then(
      (loaded) => {
        setReference(loaded);
        setFactAnswers(defaultAnswers(factQuestions(loaded.facts), sampleFacts));
      },
      (failure: unknown) => setError(`The fact catalogue could not be loaded: ${failure instanceof ApiError ? failure.message : String(failure)}`),
    );
  }, [api]);
  const facts = useMemo(() => answersToJson(questions, factAnswers), [questions, factAnswers]);

  const run = async (nextSteps: SimulationStep[]) => {
    setFactProblems(facts.problems);
    if (facts.problems.length > 0) {
      setError('Some sample facts need putting right first.');
      return;
    }
    setRunning(true);
    setError(undefined);
    try {
      const answer = await api.simulate(doc, facts.data, nextSteps);
      setResult(answer);
      // A step that could not apply is not kept: the case is shown as it was before it, ready for another try.
      setSteps(answer.problemStep !== undefined && answer.problemStep !== null ? nextSteps.slice(0, answer.problemStep) : nextSteps);
    } catch (callError) {
      setError(callError instanceof ApiError ? callError.message : String(callError));
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="designer-panel">
      <h2 className="govuk-heading-m">Simulate</h2>
      <p className="govuk-body-s">Runs the workflow on screen as it is now, saved or not. No live case is touched.</p>
      {error && (
        <div className="govuk-error-summary" role="alert">
          <h3 className="govuk-error-summary__title">There is a problem</h3>
          <div className="govuk-error-summary__body"><p className="govuk-body">{error}</p></div>
        </div>
      )}
      {!result && (
        <>
          <h3 className="govuk-heading-s">Sample case facts</h3>
          {reference ? (
            <FactsForm
              questions={questions}
              answers={factAnswers}
              problems={factProblems}
              factsJson={JSON.stringify(facts.data, null, 2)}
              onAnswer={(key, answer) => setFactAnswers((current) => ({ ...current, [key]: answer }))}
              onUseJson={(given) => setFactAnswers(defaultAnswers(questions, given))}
            />
          ) : (
            !error && <p className="govuk-body-s" aria-live="polite">Loading the fact catalogue…</p>
          )}
        </>
      )}
      <div className="govuk-button-group">
        {!result && <button type="button" className="govuk-button" disabled={running || !reference} onClick={() => run(steps)}>Run</button>}
        <button type="button" className="govuk-button govuk-button--secondary" disabled={running} onClick={() => { setSteps([]); setResult(undefined); setError(undefined); }}>
          {result ? 'Start again' : 'Reset'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onClose}>Close simulation</button>
      </div>
      {result && reference && (
        <SimulationView doc={doc} result={result} steps={steps} running={running} lists={reference.lists} limits={reference.limits} facts={facts.data} onStep={(step) => run([...steps, step])} />
      )}
    </div>
  );
}
