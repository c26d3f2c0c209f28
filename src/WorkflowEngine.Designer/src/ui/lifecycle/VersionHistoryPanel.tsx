import { GovukTable } from '../GovukTable';
import type { VersionSummary } from '../../api/types';
import { londonTime } from '../londonTime';

interface Props {
  versions: VersionSummary[];
  canEdit: boolean;
  busy: boolean;
  viewingVersion: number | undefined;
  onOpen: (version: number) => void;
  onRetire: (version: number) => void;
  onClose: () => void;
}

const statusTags: Record<string, string> = { Draft: 'govuk-tag--blue', Published: 'govuk-tag--green', Retired: 'govuk-tag--grey' };

/** Every version with its status; any can be opened read-only, and a published one retired. */
export function VersionHistoryPanel({ versions, canEdit, busy, viewingVersion, onOpen, onRetire, onClose }: Props) {
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return (
    <div className="designer-panel">
      <h2 className="govuk-heading-m">Version history</h2>
      {sorted.length === 0 ? (
        <p className="govuk-body">No versions have been saved yet.</p>
      ) : (
        <GovukTable headers={['Version', 'Status', 'Saved', 'Published', 'Actions']}>
          {sorted.map((version) => (
            <tr className="govuk-table__row" key={version.version}>
              <th scope="row" className="govuk-table__header">{version.version}</th>
              <td className="govuk-table__cell"><strong className={`govuk-tag ${statusTags[version.status] ?? ''}`}>{version.status}</strong></td>
              <td className="govuk-table__cell">{londonTime(version.createdAt)}</td>
              <td className="govuk-table__cell">{version.publishedAt ? londonTime(version.publishedAt) : '–'}</td>
              <td className="govuk-table__cell designer-table-actions">
                {viewingVersion === version.version ? (
                  <span className="govuk-body-s">Open now</span>
                ) : (
                  <button type="button" className="govuk-button govuk-button--secondary govuk-button--small designer-small-button" onClick={() => onOpen(version.version)}>
                    Open read-only<span className="govuk-visually-hidden"> version {version.version}</span>
                  </button>
                )}
                {canEdit && version.status === 'Published' && (
                  <button type="button" className="govuk-button govuk-button--warning govuk-button--small designer-small-button" disabled={busy} onClick={() => onRetire(version.version)}>
                    Retire<span className="govuk-visually-hidden"> version {version.version}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </GovukTable>
      )}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onClose}>Close version history</button>
    </div>
  );
}
