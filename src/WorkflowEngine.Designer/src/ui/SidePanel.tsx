import { forwardRef, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import {
  fieldElementId, removeStage, removeTask, removeTransition, type FormProblems, type Selection, type WorkflowDocument,
} from '../model';
import { FieldProblemsProvider } from './fields/FieldProblems';
import { StageForm } from './forms/StageForm';
import { TaskForm } from './forms/TaskForm';
import { TransitionForm } from './forms/TransitionForm';
import { WorkflowForm } from './forms/WorkflowForm';

interface Props {
  doc: WorkflowDocument;
  selection: Selection;
  readOnly: boolean;
  /** The validator's problems with the selected item, beside their fields or at the top of the form. */
  problems: FormProblems;
  onEdit: (doc: WorkflowDocument, select?: Selection) => void;
  onSelect: (selection: Selection) => void;
}

/**
 * The form for whatever is selected. Read-only mode shows the same forms inside a disabled
 * fieldset, so viewers see every setting the way authors do.
 */
export const SidePanel = forwardRef<HTMLDivElement, Props>(function SidePanel({ doc, selection, readOnly, problems, onEdit, onSelect }, ref) {
  const panel = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => panel.current!, []);
  // A problem whose field is not on screen (a setting the form shows only for another choice)
  // moves to the top of the form rather than vanish.
  const [unshown, setUnshown] = useState<string[]>([]);
  useLayoutEffect(() => {
    const missing = [...problems.byField.keys()].filter((field) => !panel.current?.querySelector(`#${CSS.escape(fieldElementId(field))}`));
    setUnshown((current) => (current.join('\n') === missing.join('\n') ? current : missing));
  });
  const byField = new Map([...problems.byField].filter(([field]) => !unshown.includes(field)));
  const whole = [...problems.whole, ...unshown.flatMap((field) => problems.byField.get(field) ?? [])];
  const key = JSON.stringify(selection);
  let form;
  let remove: { label: string; apply: () => void } | undefined;
  switch (selection.kind) {
    case 'workflow':
      form = <WorkflowForm doc={doc} onEdit={onEdit} />;
      break;
    case 'stage':
      form = <StageForm doc={doc} stageIndex={selection.stageIndex} onEdit={onEdit} onSelect={onSelect} />;
      remove = { label: 'Delete this stage', apply: () => onEdit(removeStage(doc, selection.stageIndex), { kind: 'workflow' }) };
      break;
    case 'task':
      form = <TaskForm doc={doc} stageIndex={selection.stageIndex} taskIndex={selection.taskIndex} onEdit={onEdit} onSelect={onSelect} />;
      remove = {
        label: 'Delete this task',
        apply: () => onEdit(removeTask(doc, selection.stageIndex, selection.taskIndex), { kind: 'stage', stageIndex: selection.stageIndex }),
      };
      break;
    case 'transition':
      form = <TransitionForm doc={doc} stageIndex={selection.stageIndex} transitionIndex={selection.transitionIndex} onEdit={onEdit} onSelect={onSelect} />;
      remove = {
        label: 'Delete this transition',
        apply: () => onEdit(removeTransition(doc, selection.stageIndex, selection.transitionIndex), { kind: 'stage', stageIndex: selection.stageIndex }),
      };
      break;
  }
  return (
    <div className="designer-panel" id="workflow-designer-panel" ref={panel} tabIndex={-1} aria-label="Selected item">
      <fieldset className="designer-panel__fieldset" disabled={readOnly} key={key}>
        <FieldProblemsProvider byField={byField} whole={whole}>{form}</FieldProblemsProvider>
      </fieldset>
      {!readOnly && remove && (
        <button type="button" className="govuk-button govuk-button--warning" onClick={remove.apply}>
          {remove.label}
        </button>
      )}
    </div>
  );
});
