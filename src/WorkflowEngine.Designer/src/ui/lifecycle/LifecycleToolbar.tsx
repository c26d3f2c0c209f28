import { useId } from 'react';

interface Props {
  /** Names the toolbar: "Workflow versions and files". */
  label: string;
  canEdit: boolean;
  readOnly: boolean;
  dirty: boolean;
  busy: boolean;
  publishedVersion: number | undefined;
  onSaveDraft: () => void;
  onReview: () => void;
  onRetire: () => void;
  onHistory: () => void;
  /** Only editors that can simulate (the workflow designer) give this. */
  onSimulate?: () => void;
  onImport: (file: File) => void;
  onExport: () => void;
}

/**
 * Saving, publishing, retiring, history, simulation and files, shared by the workflow designer and
 * the rule-set editor. Viewers get history and export only.
 */
export function LifecycleToolbar(props: Props) {
  const importId = useId();
  const editing = props.canEdit && !props.readOnly;
  return (
    <div className="designer-toolbar" role="toolbar" aria-label={props.label}>
      {editing && (
        <>
          <button type="button" className="govuk-button designer-small-button" disabled={props.busy} onClick={props.onSaveDraft}>
            Save draft
          </button>
          <button type="button" className="govuk-button govuk-button--secondary designer-small-button" disabled={props.busy} onClick={props.onReview}>
            Review changes and publish
          </button>
          {props.publishedVersion !== undefined && (
            <button type="button" className="govuk-button govuk-button--warning designer-small-button" disabled={props.busy} onClick={props.onRetire}>
              Retire version {props.publishedVersion}
            </button>
          )}
        </>
      )}
      <button type="button" className="govuk-button govuk-button--secondary designer-small-button" onClick={props.onHistory}>
        Version history
      </button>
      {editing && props.onSimulate && (
        <button type="button" className="govuk-button govuk-button--secondary designer-small-button" onClick={props.onSimulate}>
          Simulate
        </button>
      )}
      <button type="button" className="govuk-button govuk-button--secondary designer-small-button" onClick={props.onExport}>
        Export JSON
      </button>
      {editing && (
        <div className="govuk-form-group designer-import">
          <label className="govuk-label govuk-label--s" htmlFor={importId}>Import JSON</label>
          <input
            className="govuk-file-upload"
            id={importId}
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) props.onImport(file);
              event.target.value = '';
            }}
          />
        </div>
      )}
      <p className="govuk-body-s designer-toolbar__status" aria-live="polite">
        {props.readOnly ? 'Read only' : props.dirty ? 'Unsaved changes' : 'No unsaved changes'}
      </p>
    </div>
  );
}
