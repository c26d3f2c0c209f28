import type { ReactNode } from 'react';

/** A GOV.UK notification banner: `success` after an action, otherwise important information. */
export function Banner({ title, success, children }: { title: string; success?: boolean; children: ReactNode }) {
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-label={title}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title">{title}</h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}
