import { updateWorkflowSetting, type WorkflowDocument } from '../../model';
import { ItemProblems } from '../fields/FieldProblems';
import { KeyListField } from '../fields/KeyListField';
import { keyOptions, SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useReferenceData } from '../ReferenceData';

/** The workflow's own settings, shown when nothing on the canvas is selected. */
export function WorkflowForm({ doc, onEdit }: { doc: WorkflowDocument; onEdit: (doc: WorkflowDocument) => void }) {
  const { calendars, limits } = useReferenceData();
  const set = (key: string, value: unknown) => onEdit(updateWorkflowSetting(doc, key, value));
  return (
    <>
      <span className="govuk-caption-m">Workflow {doc.key}</span>
      <h2 className="govuk-heading-m">{doc.name}</h2>
      <ItemProblems />
      <p className="govuk-body-s">Select a stage or transition on the diagram, or use the table view, to see its settings.</p>
      <TextField label="Workflow name" limit={limits?.definitionName} field="name" value={doc.name} onCommit={(name) => set('name', name)} />
      <TextField label="Description (optional)" limit={limits?.definitionText} field="description" multiline value={doc.description} onCommit={(text) => set('description', text || undefined)} />
      <SelectField label="Working-day calendar" field="calendar" value={doc.calendar} options={keyOptions(calendars)} emptyLabel="Choose a calendar" onChange={(calendar) => set('calendar', calendar)} />
      <SelectField
        label="Start stage"
        field="startStage"
        value={doc.startStage}
        options={doc.stages.map((stage) => ({ value: stage.key, label: stage.name }))}
        onChange={(startStage) => set('startStage', startStage)}
      />
      <KeyListField label="Linked workflows a person may start by hand (optional)" field="linkedWorkflows" value={doc.linkedWorkflows} onCommit={(keys) => set('linkedWorkflows', keys)} />
    </>
  );
}
