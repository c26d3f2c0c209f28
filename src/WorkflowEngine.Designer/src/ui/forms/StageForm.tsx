import { canonicalOrder, describeDue, describeOwner, describeTrigger, updateStage, withKey, type Selection, type Stage, type WorkflowDocument } from '../../model';
import { ItemProblems } from '../fields/FieldProblems';
import { CheckboxField } from '../fields/CheckboxField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { NavLink } from '../NavLink';
import { addTaskTo, addTransitionFrom } from '../selectionEdits';
import { useReferenceData } from '../ReferenceData';

interface Props {
  doc: WorkflowDocument;
  stageIndex: number;
  onEdit: (doc: WorkflowDocument, select?: Selection) => void;
  onSelect: (selection: Selection) => void;
}

/** A stage: its name, whether it is final, its decision, and links to its tasks and transitions. */
export function StageForm({ doc, stageIndex, onEdit, onSelect }: Props) {
  const { ruleSets, agencies, limits } = useReferenceData();
  const stage = doc.stages[stageIndex];
  if (!stage) return <p className="govuk-body">This stage no longer exists.</p>;
  const save = (edited: Stage) => onEdit(updateStage(doc, stageIndex, edited));
  const set = (key: string, value: unknown) => save(withKey(stage, key, value, canonicalOrder.stage));
  const decision = stage.decision;
  const setDecision = (key: string, value: unknown) => set('decision', withKey(decision ?? { ruleSet: '' }, key, value, canonicalOrder.decision));
  return (
    <>
      <span className="govuk-caption-m">Stage</span>
      <h2 className="govuk-heading-m">{stage.name}</h2>
      <ItemProblems />
      <TextField label="Stage key" limit={limits?.definitionKey} field="key" hint="Unique in the workflow. Renaming updates transitions and the start stage." width="two-thirds" value={stage.key} onCommit={(key) => set('key', key.trim())} />
      <TextField label="Name" limit={limits?.definitionName} field="name" value={stage.name} onCommit={(name) => set('name', name)} />
      <TextField label="Description (optional)" limit={limits?.definitionText} field="description" multiline value={stage.description} onCommit={(text) => set('description', text || undefined)} />
      <CheckboxField label="Final stage (closes the case on arrival)" field="final" checked={stage.final === true} onChange={(checked) => set('final', checked ? true : undefined)} />
      <CheckboxField label="Start stage (a new case enters here)" checked={doc.startStage === stage.key} onChange={(checked) => checked && onEdit({ ...doc, startStage: stage.key })} />

      <fieldset className="govuk-fieldset designer-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Rule-set decision</legend>
        <SelectField
          label="Decision rule set"
          field="decision.ruleSet"
          hint="Runs when the stage's tasks are done; picks a decision transition"
          value={decision?.ruleSet}
          emptyLabel="No decision"
          options={ruleSets.map((ruleSet) => ({ value: ruleSet.key, label: `${ruleSet.name} (v${ruleSet.version})` }))}
          onChange={(ruleSet) => (ruleSet ? setDecision('ruleSet', ruleSet) : set('decision', undefined))}
        />
        {decision && (
          <>
            <SelectField
              label="Decide when"
              field="decision.when"
              value={decision.when ?? 'allTasksDone'}
              options={[{ value: 'allTasksDone', label: 'All tasks are done (default)' }, { value: 'anyTaskDone', label: 'Any task is done' }]}
              onChange={(when) => setDecision('when', when === 'allTasksDone' && decision.when === undefined ? undefined : when)}
            />
            <TextField label="Result fact (optional)" limit={limits?.definitionKey} field="decision.resultFact" hint="camelCase case fact that receives the rule's output" value={decision.resultFact} onCommit={(fact) => setDecision('resultFact', fact.trim() || undefined)} />
          </>
        )}
      </fieldset>

      <h3 className="govuk-heading-s">Tasks</h3>
      <ul className="govuk-list">
        {(stage.tasks ?? []).map((task, taskIndex) => (
          <li key={taskIndex}>
            <NavLink onClick={() => onSelect({ kind: 'task', stageIndex, taskIndex })}>
              {task.title}
            </NavLink>{' '}
            <span className="govuk-body-s">– {describeOwner(task.owner)}, due {describeDue(task.due)}</span>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-button--small designer-small-button"
        onClick={() => {
          const added = addTaskTo(doc, stageIndex, agencies[0]?.key);
          onEdit(added.doc, added.selection);
        }}
      >
        Add task to {stage.name}
      </button>

      <h3 className="govuk-heading-s">Transitions out</h3>
      <ul className="govuk-list">
        {(stage.transitions ?? []).map((transition, transitionIndex) => (
          <li key={transitionIndex}>
            <NavLink onClick={() => onSelect({ kind: 'transition', stageIndex, transitionIndex })}>
              To {doc.stages.find((candidate) => candidate.key === transition.to)?.name ?? transition.to}
            </NavLink>{' '}
            <span className="govuk-body-s">– {describeTrigger(transition, stage)}</span>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-button--small designer-small-button"
        onClick={() => {
          const added = addTransitionFrom(doc, stageIndex);
          onEdit(added.doc, added.selection);
        }}
      >
        Add transition from {stage.name}
      </button>
    </>
  );
}
