import { useEffect, useRef } from 'react';
import { fieldElementId, type ProblemTarget } from '../model';

interface Props {
  targets: ProblemTarget[];
  /** Messages not tied to the document: a refused save, an unreachable server. */
  otherMessages: string[];
  onShow: (target: ProblemTarget) => void;
}

/** The GOV.UK error summary listing every problem; each link selects what it concerns and focuses its field. */
export function ErrorSummary({ targets, otherMessages, onShow }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const count = targets.length + otherMessages.length;
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
            {targets.map((target, index) => (
              <li key={index}>
                <a
                  href={`#${target.field === undefined ? 'workflow-designer-panel' : fieldElementId(target.field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onShow(target);
                  }}
                >
                  {target.problem.message}
                </a>
                <span className="designer-problem-path"> ({target.problem.code} at {target.problem.path})</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
