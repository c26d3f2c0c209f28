import { createContext, useContext, useId, type ReactNode } from 'react';
import { fieldElementId, joinField, type ValidationProblem } from '../../model';

interface Scope {
  /** The path of the group the fields below belong to, such as `outcomes[1]`. */
  group: string | undefined;
  byField: ReadonlyMap<string, readonly ValidationProblem[]>;
  /** Problems with the item as a whole, or with a field the form is not showing now. */
  whole: readonly ValidationProblem[];
}

const FieldProblemsContext = createContext<Scope>({ group: undefined, byField: new Map(), whole: [] });

interface ProviderProps {
  byField: ReadonlyMap<string, readonly ValidationProblem[]>;
  whole: readonly ValidationProblem[];
  children: ReactNode;
}

/** Makes the selected item's problems available to its form: by field path, and for the whole item. */
export function FieldProblemsProvider({ byField, whole, children }: ProviderProps) {
  return <FieldProblemsContext.Provider value={{ group: undefined, byField, whole }}>{children}</FieldProblemsContext.Provider>;
}

/** The problems with the item as a whole, as GOV.UK error messages at the top of its form. */
export function ItemProblems() {
  const { whole } = useContext(FieldProblemsContext);
  if (whole.length === 0) return null;
  return (
    <div className="govuk-form-group govuk-form-group--error designer-item-problems">
      <p className="govuk-error-message">
        {whole.map((problem, index) => (
          <span className="designer-error-line" key={index}>
            <span className="govuk-visually-hidden">Error:</span> {problem.message}
          </span>
        ))}
      </p>
    </div>
  );
}

/** Fields inside are named relative to this group: `[1]` inside `outcomes`, `key` inside that. */
export function FieldGroup({ name, children }: { name: string; children: ReactNode }) {
  const scope = useContext(FieldProblemsContext);
  return <FieldProblemsContext.Provider value={{ ...scope, group: joinField(scope.group, name) }}>{children}</FieldProblemsContext.Provider>;
}

export interface FieldState {
  /** The control's id: derived from the field path when it has one, so the error summary can link to it. */
  id: string;
  messages: string[];
  /** The error message's id, for aria-describedby. */
  errorId: string;
}

/** The id and problems of a field named `name` in the current group; a field with no name has no problems. */
export function useFieldState(name: string | undefined): FieldState {
  const generated = useId();
  const scope = useContext(FieldProblemsContext);
  const path = name === undefined ? undefined : joinField(scope.group, name);
  const id = path === undefined ? generated : fieldElementId(path);
  const messages = path === undefined ? [] : (scope.byField.get(path) ?? []).map((problem) => problem.message);
  return { id, messages, errorId: `${id}-error` };
}

/** The ids a control is described by: its hint, then its error message (the GOV.UK order). */
export function describedBy(state: FieldState, hint: string | undefined): string | undefined {
  const ids = [hint ? `${state.id}-hint` : '', state.messages.length > 0 ? state.errorId : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The GOV.UK error message for a field, one line per problem; nothing when there are none. */
export function ErrorMessage({ state }: { state: FieldState }) {
  if (state.messages.length === 0) return null;
  return (
    <p className="govuk-error-message" id={state.errorId}>
      {state.messages.map((message, index) => (
        <span className="designer-error-line" key={index}>
          <span className="govuk-visually-hidden">Error:</span> {message}
        </span>
      ))}
    </p>
  );
}

/** `govuk-form-group`, with the error modifier when the field has problems. */
export const formGroupClass = (state: FieldState) => `govuk-form-group${state.messages.length > 0 ? ' govuk-form-group--error' : ''}`;
