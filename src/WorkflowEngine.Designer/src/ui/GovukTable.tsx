import type { ReactNode } from 'react';

interface Props {
  /** Names the table for screen readers; shown above it. */
  caption?: string;
  captionSize?: 's' | 'm';
  headers: readonly string[];
  /** The body's rows. */
  children: ReactNode;
}

/** A GOV.UK table: caption, a header row of column headers, and the rows given. */
export function GovukTable({ caption, captionSize = 'm', headers, children }: Props) {
  return (
    <table className="govuk-table">
      {caption && <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>{caption}</caption>}
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {headers.map((header) => (
            <th scope="col" className="govuk-table__header" key={header}>{header}</th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">{children}</tbody>
    </table>
  );
}
