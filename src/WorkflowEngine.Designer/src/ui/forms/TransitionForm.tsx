import { canonicalOrder, describeTrigger, triggers, updateTransition, withKey, type Selection, type Transition, type WorkflowDocument } from '../../model';
import { SelectField } from '../fields/SelectField';
import { KeyListField } from '../fields/KeyListField';
import { ItemProblems } from '../fields/FieldProblems';
import { TextField } from '../fields/TextField';
import { NavLink } from '../NavLink';
import { useReferenceData } from '../ReferenceData';
import { DueFields } from './DueFields';

const triggerLabels: Record<string, string> = {
  outcome: 'A task is completed with an outcome',
  decision: "The stage's rule-set decision gives a value",
  allTasksDone: 'All tasks of the stage are done',
  anyTaskDone: 'Any one task is done',
  timer: 'A timer runs out',
  manual: 'A person moves the case by hand',
};

// Settings that only one trigger uses; switching trigger drops the others' so the file stays valid.
const triggerSettings: Record<string, string[]> = { outcome: ['task', 'outcome'], decision: ['decision'], timer: ['after'] };

interface Props {
  doc: WorkflowDocument;
  stageIndex: number;
  transitionIndex: number;
  onEdit: (doc: WorkflowDocument) => void;
  onSelect: (selection: Selection) => void;
}

/** A way out of a stage: its trigger, guard, target and the linked workflows it starts. */
export function TransitionForm({ doc, stageIndex, transitionIndex, onEdit, onSelect }: Props) {
  const { ruleSets, limits } = useReferenceData();
  const stage = doc.stages[stageIndex];
  const transition = stage?.transitions?.[transitionIndex];
  if (!transition) return <p className="govuk-body">This transition no longer exists.</p>;
  const save = (edited: Transition) => onEdit(updateTransition(doc, stageIndex, transitionIndex, edited));
  const set = (key: string, value: unknown) => save(withKey(transition, key, value, canonicalOrder.transition));
  const changeTrigger = (trigger: string) => {
    let edited = withKey(transition, 'trigger', trigger, canonicalOrder.transition);
    for (const [owner, keys] of Object.entries(triggerSettings)) {
      if (owner !== trigger) for (const key of keys) edited = withKey(edited, key, undefined);
    }
    if (trigger === 'timer' && !edited.after) edited = withKey(edited, 'after', { workingDays: 5 }, canonicalOrder.transition);
    if (trigger === 'decision' && !edited.decision) edited = withKey(edited, 'decision', 'otherwise', canonicalOrder.transition);
    save(edited);
  };
  const tasks = stage.tasks ?? [];
  const task = tasks.find((candidate) => candidate.key === transition.task);
  return (
    <>
      <span className="govuk-caption-m">Transition from {stage.name}</span>
      <h2 className="govuk-heading-m">{describeTrigger(transition, stage)}</h2>
      <p className="govuk-body">
        <NavLink onClick={() => onSelect({ kind: 'stage', stageIndex })}>Back to stage {stage.name}</NavLink>
      </p>
      <ItemProblems />
      <TextField label="Transition key" limit={limits?.definitionKey} field="key" hint="Unique within the stage" width="two-thirds" value={transition.key} onCommit={(key) => set('key', key.trim())} />
      <SelectField
        label="Goes to stage"
        field="to"
        value={transition.to}
        options={doc.stages.map((candidate) => ({ value: candidate.key, label: candidate.name }))}
        onChange={(to) => set('to', to)}
      />
      <SelectField label="Fires when" field="trigger" value={transition.trigger} options={triggers.map((trigger) => ({ value: trigger, label: triggerLabels[trigger] }))} onChange={changeTrigger} />
      {transition.trigger === 'outcome' && (
        <>
          <SelectField
            label="Task"
            field="task"
            value={transition.task}
            emptyLabel="Choose a task"
            options={tasks.map((candidate) => ({ value: candidate.key, label: candidate.title }))}
            onChange={(key) => set('task', key)}
          />
          <SelectField
            label="Outcome"
            field="outcome"
            value={transition.outcome}
            emptyLabel="Choose an outcome"
            options={(task?.outcomes ?? []).map((outcome) => ({ value: outcome.key, label: outcome.label }))}
            onChange={(key) => set('outcome', key)}
          />
        </>
      )}
      {transition.trigger === 'decision' && (
        <TextField label="Decision value" limit={limits?.definitionKey} field="decision" hint="A rule's SuccessEvent in the stage's decision rule set, or otherwise" value={transition.decision} onCommit={(value) => set('decision', value.trim())} />
      )}
      {transition.trigger === 'timer' && <DueFields legend="Fires after entering the stage" field="after" due={transition.after} onChange={(after) => set('after', after)} />}
      <SelectField
        label="Guard rule set (optional)"
        field="guard"
        hint="All its rules must succeed for the move to be allowed. Only published rule sets are offered."
        value={transition.guard}
        emptyLabel="No guard"
        options={ruleSets.map((ruleSet) => ({ value: ruleSet.key, label: `${ruleSet.name} (v${ruleSet.version})` }))}
        onChange={(guard) => set('guard', guard || undefined)}
      />
      <TextField label="Label (optional)" limit={limits?.definitionName} field="label" hint="Shown on buttons and diagrams" value={transition.label} onCommit={(label) => set('label', label || undefined)} />
      <KeyListField
        label="Linked workflows it starts (optional)"
        field="startWorkflows"
        hint={`Workflow keys separated by commas${doc.linkedWorkflows ? `, e.g. ${doc.linkedWorkflows.join(', ')}` : ''}`}
        value={transition.startWorkflows}
        onCommit={(keys) => set('startWorkflows', keys)}
      />
    </>
  );
}
