import { GovukTable } from '../GovukTable';

/** One difference, worded for the review: what it concerns, how it changed, in a sentence. */
export interface ReviewEntry {
  kind: string;
  change: 'added' | 'removed' | 'changed' | 'moved';
  key: string;
  detail: string;
}

interface Props {
  /** What publishing the draft would change compared with the published version. */
  entries: ReviewEntry[];
  publishedVersion: number | undefined;
  /** Said when there are no entries: "There are no changes to stages, tasks, transitions or due times." */
  noChanges: string;
  draftVersion: number | undefined;
  /** The document on screen differs from the saved draft: publishing would not publish it. */
  unsaved: boolean;
  busy: boolean;
  onPublish: (version: number) => void;
  onClose: () => void;
}

const changeTags: Record<string, string> = { added: 'govuk-tag--green', removed: 'govuk-tag--red', changed: 'govuk-tag--yellow', moved: 'govuk-tag--blue' };

/** What publishing the draft would change, then the button that does it. */
export function ReviewPanel({ entries, publishedVersion, noChanges, draftVersion, unsaved, busy, onPublish, onClose }: Props) {
  return (
    <div className="designer-panel">
      <h2 className="govuk-heading-m">Review changes</h2>
      <p className="govuk-body">
        {publishedVersion !== undefined ? `Compared with published version ${publishedVersion}.` : 'Nothing is published yet: everything is new.'}
      </p>
      {entries.length === 0 ? (
        <p className="govuk-body">{noChanges}</p>
      ) : (
        <GovukTable caption={`${entries.length} change${entries.length === 1 ? '' : 's'}`} captionSize="s" headers={['What', 'Change', 'Detail']}>
          {entries.map((entry, index) => (
            <tr className="govuk-table__row" key={index}>
              <th scope="row" className="govuk-table__header">{entry.kind} <span className="designer-key">{entry.key}</span></th>
              <td className="govuk-table__cell"><strong className={`govuk-tag ${changeTags[entry.change]}`}>{entry.change}</strong></td>
              <td className="govuk-table__cell">{entry.detail}</td>
            </tr>
          ))}
        </GovukTable>
      )}
      {draftVersion === undefined ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong className="govuk-warning-text__text"><span className="govuk-visually-hidden">Warning</span>Save a draft before publishing.</strong>
        </div>
      ) : unsaved ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>You have unsaved changes. Save the draft first: publishing publishes draft version {draftVersion} as last saved.
          </strong>
        </div>
      ) : null}
      <div className="govuk-button-group">
        {draftVersion !== undefined && (
          <button type="button" className="govuk-button" disabled={busy || unsaved} onClick={() => onPublish(draftVersion)}>
            Publish version {draftVersion}
          </button>
        )}
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onClose}>Back to editing</button>
      </div>
    </div>
  );
}
