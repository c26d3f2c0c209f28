import { useCallback, useEffect, useState } from 'react';
import { ApiError, type DesignerApi } from '../api/client';
import type { DesignerWorkflow } from '../api/types';
import { Editor } from './Editor';

interface Props {
  api: DesignerApi;
  workflowKey: string;
  /** From the page's data-can-edit; the server's own `canEdit` must agree as well. */
  canEdit: boolean;
}

/** Loads the workflow, its versions and the partnership's reference data, then shows the editor. */
export function Designer({ api, workflowKey, canEdit }: Props) {
  const [workflow, setWorkflow] = useState<DesignerWorkflow>();
  const [failure, setFailure] = useState<string>();
  const reload = useCallback(async () => {
    try {
      setWorkflow(await api.getWorkflow(workflowKey));
      setFailure(undefined);
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : String(error));
    }
  }, [api, workflowKey]);
  useEffect(() => {
    void reload();
  }, [reload]);

  if (failure && !workflow) {
    return (
      <div className="govuk-error-summary">
        <div role="alert">
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <div className="govuk-error-summary__body"><p className="govuk-body">The workflow could not be loaded. {failure}</p></div>
        </div>
      </div>
    );
  }
  if (!workflow) return <p className="govuk-body" aria-live="polite">Loading the workflow…</p>;
  return <Editor api={api} workflow={workflow} canEdit={canEdit && workflow.canEdit} onReload={reload} />;
}
