import { useEffect, useId, useState } from 'react';
import { ApiError, type DesignerApi } from '../../api/client';
import type { SimulationResult, SimulationStep } from '../../api/types';
import type { WorkflowDocument } from '../../model';
import { londonTime } from '../londonTime';
import { sampleAnswers, sampleFacts } from './sampleFacts';

interface Props {
  api: DesignerApi;
  doc: WorkflowDocument;
  onClose: () => void;
  /** Hears each new result, and undefined on Reset or when the panel closes, so the diagram can show the path. */
  onResult: (result: SimulationResult | undefined) => void;
}

/**
 * Runs the workflow on the server with sample facts, step by step. The server replays every step
 * from the start each time and touches no live case, so Reset is just forgetting the steps.
 */
export function SimulatePanel({ api, doc, onClose, onResult }: Props) {
  const factsId = useId();
  const [factsText, setFactsText] = useState(() => JSON.stringify(sampleFacts, null, 2));
  const [steps, setSteps] = useState<SimulationStep[]>([]);
  const [result, setResult] = useState<SimulationResult>();
  const [error, setError] = useState<string>();
  const [running, setRunning] = useState(false);
  useEffect(() => onResult(result), [result, onResult]);
  useEffect(() => () => onResult(undefined), [onResult]);

  const run = async (nextSteps: SimulationStep[]) => {
    let facts: Record<string, unknown>;
    try {
      facts = JSON.parse(factsText) as Record<string, unknown>;
    } catch (parseError) {
      setError(`The sample facts are not valid JSON: ${(parseError as Error).message}`);
      return;
    }
    setRunning(true);
    setError(undefined);
    try {
      setResult(await api.simulate(doc, facts, nextSteps));
      setSteps(nextSteps);
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
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor={factsId}>Sample case facts (JSON)</label>
        {error && <p className="govuk-error-message"><span className="govuk-visually-hidden">Error:</span> {error}</p>}
        <textarea className="govuk-textarea designer-code" id={factsId} rows={10} spellCheck={false} value={factsText} onChange={(event) => setFactsText(event.target.value)} />
      </div>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" disabled={running} onClick={() => run(steps)}>Run</button>
        <button type="button" className="govuk-button govuk-button--secondary" disabled={running} onClick={() => { setSteps([]); setResult(undefined); setError(undefined); }}>Reset</button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onClose}>Close simulation</button>
      </div>
      {result && <SimulationView doc={doc} result={result} steps={steps} running={running} onStep={(step) => run([...steps, step])} />}
    </div>
  );
}

interface ViewProps {
  doc: WorkflowDocument;
  result: SimulationResult;
  steps: SimulationStep[];
  running: boolean;
  onStep: (step: SimulationStep) => void;
}

function SimulationView({ doc, result, steps, running, onStep }: ViewProps) {
  const small = 'govuk-button govuk-button--secondary govuk-button--small designer-small-button';
  return (
    <div aria-live="polite">
      <p className="govuk-body">
        Case is <strong className={`govuk-tag ${result.status === 'Closed' ? 'govuk-tag--grey' : 'govuk-tag--green'}`}>{result.status}</strong> after {steps.length} step{steps.length === 1 ? '' : 's'}.
      </p>
      {result.problem && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong className="govuk-warning-text__text"><span className="govuk-visually-hidden">Warning</span>{result.problem}</strong>
        </div>
      )}
      <h3 className="govuk-heading-s">Path</h3>
      <ol className="govuk-list govuk-list--number">
        {result.path.map((entry, index) => (
          <li key={index}>
            {entry.stageName} <span className="designer-key">{entry.stage}</span> – {londonTime(entry.at)}
            {entry.via ? `, via ${entry.via}` : ''}
          </li>
        ))}
      </ol>
      <h3 className="govuk-heading-s">Open tasks</h3>
      {result.openTasks.length === 0 && <p className="govuk-body-s">None.</p>}
      {result.openTasks.map((task) => (
        <div className="designer-item" key={task.key}>
          <p className="govuk-body govuk-!-margin-bottom-1"><strong>{task.title}</strong></p>
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            Owner: {task.agency ?? 'not assigned'}{task.role ? ` (${task.role})` : ''}. Due {londonTime(task.dueAt)}.
          </p>
          <div className="govuk-button-group">
            {task.outcomes.map((outcome) => (
              <button
                type="button"
                key={outcome.key}
                className={small}
                disabled={running}
                onClick={() => onStep({ kind: 'complete', task: task.key, outcome: outcome.key, data: sampleAnswers(doc, task.key) })}
              >
                {outcome.label}<span className="govuk-visually-hidden"> for {task.title}</span>
              </button>
            ))}
          </div>
        </div>
      ))}
      <h3 className="govuk-heading-s">Timers</h3>
      {result.timers.length === 0 && <p className="govuk-body-s">None.</p>}
      <ul className="govuk-list">
        {result.timers.map((timer) => (
          <li key={timer.transition}>
            {timer.transition}, due {londonTime(timer.dueAt)}{' '}
            <button type="button" className={small} disabled={running} onClick={() => onStep({ kind: 'timer', transition: timer.transition })}>
              Let it fire<span className="govuk-visually-hidden"> ({timer.transition})</span>
            </button>
          </li>
        ))}
      </ul>
      <h3 className="govuk-heading-s">Moves by hand</h3>
      {result.manualTransitions.length === 0 && <p className="govuk-body-s">None.</p>}
      <ul className="govuk-list">
        {result.manualTransitions.map((transition) => (
          <li key={transition.key}>
            <button type="button" className={small} disabled={running} onClick={() => onStep({ kind: 'move', transition: transition.key })}>
              Move by hand to {transition.to}<span className="govuk-visually-hidden"> ({transition.key})</span>
            </button>
          </li>
        ))}
      </ul>
      {result.log.length > 0 && (
        <details className="govuk-details">
          <summary className="govuk-details__summary"><span className="govuk-details__summary-text">Engine log</span></summary>
          <div className="govuk-details__text">
            <ul className="govuk-list govuk-body-s">{result.log.map((line, index) => <li key={index}>{line}</li>)}</ul>
          </div>
        </details>
      )}
    </div>
  );
}
