import { canonicalOrder, updateTask, withKey, type Selection, type Task, type WorkflowDocument } from '../../model';
import { CheckboxField } from '../fields/CheckboxField';
import { ItemProblems } from '../fields/FieldProblems';
import { TextField } from '../fields/TextField';
import { NavLink } from '../NavLink';
import { useReferenceData } from '../ReferenceData';
import { DueFields } from './DueFields';
import { EscalationEditor } from './EscalationEditor';
import { FormFieldsEditor } from './FormFieldsEditor';
import { OutcomesEditor } from './OutcomesEditor';
import { OwnerFields } from './OwnerFields';

interface Props {
  doc: WorkflowDocument;
  stageIndex: number;
  taskIndex: number;
  onEdit: (doc: WorkflowDocument) => void;
  onSelect: (selection: Selection) => void;
}

/** Everything about one task: title, owner, due time, outcomes, form and escalation. */
export function TaskForm({ doc, stageIndex, taskIndex, onEdit, onSelect }: Props) {
  const { limits } = useReferenceData();
  const stage = doc.stages[stageIndex];
  const task = stage?.tasks?.[taskIndex];
  if (!task) return <p className="govuk-body">This task no longer exists.</p>;
  const set = (key: keyof Task & string, value: unknown) =>
    onEdit(updateTask(doc, stageIndex, taskIndex, withKey(task, key, value, canonicalOrder.task)));
  const setList = (key: 'form' | 'escalation', value: unknown[]) => set(key, value.length > 0 || key in task ? value : undefined);
  return (
    <>
      <span className="govuk-caption-m">Task in {stage.name}</span>
      <h2 className="govuk-heading-m">{task.title}</h2>
      <p className="govuk-body">
        <NavLink onClick={() => onSelect({ kind: 'stage', stageIndex })}>
          Back to stage {stage.name}
        </NavLink>
      </p>
      <ItemProblems />
      <TextField label="Task key" limit={limits?.definitionKey} field="key" hint="Unique across the workflow. Do not change it once published." width="two-thirds" value={task.key} onCommit={(key) => set('key', key.trim())} />
      <TextField label="Title" limit={limits?.definitionName} field="title" hint="What inboxes show" value={task.title} onCommit={(title) => set('title', title)} />
      <TextField label="Guidance (optional)" limit={limits?.definitionText} field="description" multiline value={task.description} onCommit={(text) => set('description', text || undefined)} />
      <OwnerFields owner={task.owner} onChange={(owner) => set('owner', owner)} />
      <DueFields legend="Due" field="due" due={task.due} onChange={(due) => set('due', due)} />
      <OutcomesEditor outcomes={task.outcomes ?? []} onChange={(outcomes) => set('outcomes', outcomes)} />
      <FormFieldsEditor fields={task.form} onChange={(form) => setList('form', form)} />
      <CheckboxField
        label="Tell the person who raised the concern the outcome"
        field="tellReferrer"
        hint="For the front door's decision: they are told the outcome only, in the app and by e-mail, and the journal records it."
        checked={task.tellReferrer === true}
        onChange={(checked) => set('tellReferrer', checked ? true : undefined)}
      />
      <EscalationEditor rungs={task.escalation} onChange={(rungs) => setList('escalation', rungs)} />
    </>
  );
}
