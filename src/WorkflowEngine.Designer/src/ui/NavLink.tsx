import type { ReactNode } from 'react';

/** A link that moves within the designer (it stays usable when the forms are read-only). */
export function NavLink({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <a
      href="#workflow-designer-panel"
      className="govuk-link"
      onClick={(event) => {
        event.preventDefault();
        onClick();
      }}
    >
      {children}
    </a>
  );
}
