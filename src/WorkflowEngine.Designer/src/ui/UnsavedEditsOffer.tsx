import { useState } from 'react';
import { exportJson, type WorkflowDocument } from '../model';
import { Banner } from './Banners';
import { clearUnsavedEdits, readUnsavedEdits } from './hooks/unsavedEdits';
import { londonTime } from './londonTime';

interface Props {
  workflowKey: string;
  /** What the server gave; edits identical to it are not worth offering. */
  current: WorkflowDocument;
  onRestore: (doc: WorkflowDocument) => void;
}

/** Offers back the edits kept in this browser from an earlier visit that were never saved. */
export function UnsavedEditsOffer({ workflowKey, current, onRestore }: Props) {
  const [kept] = useState(() => {
    const stored = readUnsavedEdits(workflowKey);
    return stored && exportJson(stored.doc) !== exportJson(current) ? stored : undefined;
  });
  const [answered, setAnswered] = useState(false);
  if (!kept || answered) return null;
  return (
    <Banner title="Unsaved changes">
      <p className="govuk-notification-banner__heading">
        This browser kept changes to this workflow that were not saved ({londonTime(kept.savedAt)}
        {kept.baseVersion !== null ? `, made to version ${kept.baseVersion}` : ''}).
      </p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button designer-small-button" onClick={() => { setAnswered(true); onRestore(kept.doc); }}>
          Restore my changes
        </button>
        <button type="button" className="govuk-button govuk-button--secondary designer-small-button" onClick={() => { setAnswered(true); clearUnsavedEdits(workflowKey); }}>
          Discard them
        </button>
      </div>
    </Banner>
  );
}
