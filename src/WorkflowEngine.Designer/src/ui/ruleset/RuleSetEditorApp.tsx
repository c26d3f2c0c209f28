import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import type { RuleSetApi } from '../../api/ruleSetClient';
import type { DesignerReference, RuleSetEditorData } from '../../api/ruleSetTypes';
import { RuleSetEditor } from './RuleSetEditor';

interface Props {
  api: RuleSetApi;
  ruleSetKey: string;
  referenceUrl: string;
  /** From the page's data-can-edit; the server's own `canEdit` must agree as well. */
  canEdit: boolean;
}

/** Loads the rule set, its versions and usage, and the fact catalogue, then shows the editor. */
export function RuleSetEditorApp({ api, ruleSetKey, referenceUrl, canEdit }: Props) {
  const [data, setData] = useState<RuleSetEditorData>();
  const [reference, setReference] = useState<DesignerReference>();
  const [failure, setFailure] = useState<string>();
  const reload = useCallback(async () => {
    try {
      setData(await api.getRuleSet(ruleSetKey));
      setFailure(undefined);
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : String(error));
    }
  }, [api, ruleSetKey]);
  useEffect(() => {
    void reload();
    api.getAt<DesignerReference>(referenceUrl).then(setReference, (error: unknown) => setFailure(error instanceof ApiError ? error.message : String(error)));
  }, [api, reload, referenceUrl]);

  if (failure && !(data && reference)) {
    return (
      <div className="govuk-error-summary">
        <div role="alert">
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <div className="govuk-error-summary__body"><p className="govuk-body">The rule set could not be loaded. {failure}</p></div>
        </div>
      </div>
    );
  }
  if (!data || !reference) return <p className="govuk-body" aria-live="polite">Loading the rule set…</p>;
  return <RuleSetEditor api={api} data={data} reference={reference} canEdit={canEdit && data.canEdit} onReload={reload} />;
}
