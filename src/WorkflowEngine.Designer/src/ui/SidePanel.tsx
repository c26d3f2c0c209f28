import { forwardRef } from 'react';
import { removeStage, removeTask, removeTransition, type Selection, type WorkflowDocument } from '../model';
import { StageForm } from './forms/StageForm';
import { TaskForm } from './forms/TaskForm';
import { TransitionForm } from './forms/TransitionForm';
import { WorkflowForm } from './forms/WorkflowForm';

interface Props {
  doc: WorkflowDocument;
  selection: Selection;
  readOnly: boolean;
  onEdit: (doc: WorkflowDocument, select?: Selection) => void;
  onSelect: (selection: Selection) => void;
}

/**
 * The form for whatever is selected. Read-only mode shows the same forms inside a disabled
 * fieldset, so viewers see every setting the way authors do.
 */
export const SidePanel = forwardRef<HTMLDivElement, Props>(function SidePanel({ doc, selection, readOnly, onEdit, onSelect }, ref) {
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
    <div className="designer-panel" id="workflow-designer-panel" ref={ref} tabIndex={-1} aria-label="Selected item">
      <fieldset className="designer-panel__fieldset" disabled={readOnly} key={key}>
        {form}
      </fieldset>
      {!readOnly && remove && (
        <button type="button" className="govuk-button govuk-button--warning" onClick={remove.apply}>
          {remove.label}
        </button>
      )}
    </div>
  );
});
