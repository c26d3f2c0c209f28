import { useState } from 'react';
import type { ChoiceListOption } from '../../api/ruleSetTypes';
import type { SimulationResult, SimulationStep } from '../../api/types';
import { answersToJson, defaultAnswers, taskQuestions, type Answer, type AnswerLimits, type AnswerProblem, type WorkflowDocument } from '../../model';
import { londonTime } from '../londonTime';
import { QuestionField } from './QuestionField';

interface Props {
  doc: WorkflowDocument;
  result: SimulationResult;
  steps: SimulationStep[];
  running: boolean;
  lists: ChoiceListOption[];
  /** The engine's default answer limits, stated beside each text box. */
  limits?: AnswerLimits;
  /** The sample facts sent: a task's question about a fact starts from the fact's value, as on the real task page. */
  facts: Record<string, unknown>;
  onStep: (step: SimulationStep) => void;
}

type OpenTask = SimulationResult['openTasks'][number];

/** Where the simulated case is: its path, each open task with its own form and outcomes, timers and moves by hand. */
export function SimulationView({ doc, result, steps, running, lists, limits, facts, onStep }: Props) {
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
      {result.openTasks.map((task, index) => (
        // Keyed by the step count too, so a new result starts each task's form afresh.
        <TaskForm key={`${steps.length}:${task.key}:${task.agency ?? ''}`} index={index} doc={doc} task={task} lists={lists} limits={limits} facts={facts} running={running} onStep={onStep} />
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

interface TaskFormProps {
  index: number;
  doc: WorkflowDocument;
  task: OpenTask;
  lists: ChoiceListOption[];
  limits?: AnswerLimits;
  facts: Record<string, unknown>;
  running: boolean;
  onStep: (step: SimulationStep) => void;
}

/** One open task: the owner and due time, the task's own form (first choices already picked), and a button per outcome. */
function TaskForm({ index, doc, task, lists, limits, facts, running, onStep }: TaskFormProps) {
  const questions = taskQuestions(doc, task.key, lists, limits);
  const [answers, setAnswers] = useState<Record<string, Answer>>(() => defaultAnswers(questions, facts));
  const [problems, setProblems] = useState<AnswerProblem[]>([]);
  const owner = `${task.agency ?? 'not assigned'}${task.role ? ` (${task.role})` : ''}`;
  const title = task.agency && doc.stages.some((stage) => stage.tasks?.some((candidate) => candidate.key === task.key && candidate.owner?.forEachAgencyIn))
    ? `${task.title} (${task.agency})`
    : task.title;

  const complete = (outcome: string) => {
    const { data, problems: found } = answersToJson(questions, answers);
    setProblems(found);
    if (found.length > 0) return;
    onStep({ kind: 'complete', task: task.key, outcome, data, ...(task.agency ? { agency: task.agency } : {}) });
  };

  return (
    <div className="designer-item simulate-task-form">
      <p className="govuk-body govuk-!-margin-bottom-1"><strong>{title}</strong></p>
      <p className="govuk-body-s govuk-!-margin-bottom-1">Owner: {owner}. Due {londonTime(task.dueAt)}.</p>
      {questions.length > 0 && (
        <div className="simulate-form">
          {questions.map((question) => (
            <QuestionField
              key={question.key}
              idPrefix={`simulate-task-${index}`}
              question={question}
              answer={answers[question.key]}
              error={problems.find((problem) => problem.key === question.key)?.message}
              onAnswer={(answer) => setAnswers((current) => ({ ...current, [question.key]: answer }))}
            />
          ))}
        </div>
      )}
      <div className="govuk-button-group">
        {task.outcomes.map((outcome) => (
          <button type="button" key={outcome.key} className="govuk-button govuk-button--secondary govuk-button--small designer-small-button" disabled={running} onClick={() => complete(outcome.key)}>
            {outcome.label}<span className="govuk-visually-hidden"> for {title}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
