import type { ReactNode } from 'react';
import { describedBy, ErrorMessage, FieldGroup, formGroupClass, useFieldState } from './FieldProblems';

interface Props {
  legend: string;
  /** The group's field path (`owner`, `due`, `outcomes`); its problems show under the legend. */
  field?: string;
  children: ReactNode;
}

/** A small GOV.UK fieldset; problems with the group as a whole show under its legend. */
export function GroupFieldset({ legend, field, children }: Props) {
  const state = useFieldState(field);
  const fieldset = (
    // Focusable so the error summary can move focus to a group; the legend and message are read out.
    <fieldset className="govuk-fieldset designer-fieldset" id={field ? state.id : undefined} tabIndex={field ? -1 : undefined} aria-describedby={describedBy(state, undefined)}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
      <ErrorMessage state={state} />
      {field ? <FieldGroup name={field}>{children}</FieldGroup> : children}
    </fieldset>
  );
  // The wrapper is always there, so a problem appearing never remounts the fields (and loses focus).
  return <div className={state.messages.length > 0 ? formGroupClass(state) : 'designer-fieldset-group'}>{fieldset}</div>;
}
