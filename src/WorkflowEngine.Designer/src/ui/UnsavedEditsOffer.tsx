import { useState } from 'react';
import { Banner } from './Banners';
import { clearUnsavedEdits, readUnsavedEdits } from './hooks/unsavedEdits';
import type { DocumentFormat } from './lifecycle/DocumentFormat';
import { londonTime } from './londonTime';

interface Props<TDoc> {
  format: DocumentFormat<TDoc>;
  docKey: string;
  /** What the server gave; edits identical to it are not worth offering. */
  current: TDoc;
  onRestore: (doc: TDoc) => void;
}

/** Offers back the edits kept in this browser from an earlier visit that were never saved. */
export function UnsavedEditsOffer<TDoc>({ format, docKey, current, onRestore }: Props<TDoc>) {
  const storageKey = format.storageKey(docKey);
  const [kept] = useState(() => {
    const stored = readUnsavedEdits(storageKey, format.looksRight);
    return stored && format.exportText(stored.doc) !== format.exportText(current) ? stored : undefined;
  });
  const [answered, setAnswered] = useState(false);
  if (!kept || answered) return null;
  return (
    <Banner title="Unsaved changes">
      <p className="govuk-notification-banner__heading">
        This browser kept changes to this {format.noun} that were not saved ({londonTime(kept.savedAt)}
        {kept.baseVersion !== null ? `, made to version ${kept.baseVersion}` : ''}).
      </p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button designer-small-button" onClick={() => { setAnswered(true); onRestore(kept.doc); }}>
          Restore my changes
        </button>
        <button type="button" className="govuk-button govuk-button--secondary designer-small-button" onClick={() => { setAnswered(true); clearUnsavedEdits(storageKey); }}>
          Discard them
        </button>
      </div>
    </Banner>
  );
}
