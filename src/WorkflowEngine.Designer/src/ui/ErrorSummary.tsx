import { useEffect, useRef } from 'react';

/** One problem in the summary: its sentence, the id of the control it concerns, and a note on where it was found. */
export interface SummaryItem {
  message: string;
  targetId: string;
  note?: string;
}

interface Props {
  items: SummaryItem[];
  /** Messages not tied to the document: a refused save, an unreachable server. */
  otherMessages: string[];
  onShow: (index: number) => void;
}

/** The GOV.UK error summary listing every problem; each link shows what it concerns and focuses its field. */
export function ErrorSummary({ items, otherMessages, onShow }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const count = items.length + otherMessages.length;
  const hadProblems = useRef(false);
  useEffect(() => {
    // Move focus only when problems first appear after a save, not on every validation while typing.
    if (count > 0 && otherMessages.length > 0 && !hadProblems.current) heading.current?.focus();
    hadProblems.current = count > 0;
  }, [count, otherMessages.length]);
  if (count === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title" tabIndex={-1} ref={heading}>There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {otherMessages.map((message, index) => (
              <li key={`other-${index}`}><span className="govuk-error-message designer-inline-error">{message}</span></li>
            ))}
            {items.map((item, index) => (
              <li key={index}>
                <a
                  href={`#${item.targetId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onShow(index);
                  }}
                >
                  {item.message}
                </a>
                {item.note && <span className="designer-problem-path"> ({item.note})</span>}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
