import { useId } from 'react';
import type { ScopedParam } from '../../model/ruleset';
import type { ExpressionScope } from '../../model/ruleset';
import { ExpressionEditor } from './ExpressionEditor';

interface Props {
  /** Element ids start with this: `ruleset-rule-0-param` gives `ruleset-rule-0-param-1` for the second value's expression. */
  idPrefix: string;
  params: ScopedParam[];
  /** Named values in scope before the first of these (shared values, for a rule's local values). */
  before: readonly string[];
  scope: Omit<ExpressionScope, 'params'>;
  problems: (index: number) => string[];
  readOnly: boolean;
  addLabel: string;
  onAdd: () => void;
  onChange: (index: number, changes: Partial<ScopedParam>) => void;
  onRemove: (index: number) => void;
}

/** Named values worked out before a condition: each a name and an expression that may use the ones above it. */
export function ParamsEditor({ idPrefix, params, before, scope, problems, readOnly, addLabel, onAdd, onChange, onRemove }: Props) {
  const labelBase = useId();
  if (readOnly) {
    if (params.length === 0) return null;
    return (
      <dl className="ruleset-params">
        {params.map((param, index) => (
          <div key={index}>
            <dt><code className="ruleset-code">{param.Name}</code> =</dt>
            <dd><code className="ruleset-code">{param.Expression}</code></dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <div className="ruleset-params">
      {params.map((param, index) => {
        const messages = problems(index);
        const errorId = `${idPrefix}-${index}-error`;
        return (
          <div className={`ruleset-param${messages.length > 0 ? ' govuk-form-group--error' : ''}`} key={index}>
            <label className="govuk-label govuk-label--s" htmlFor={`${idPrefix}-${index}-name`}>Name of value {index + 1}</label>
            <input
              className="govuk-input govuk-input--width-10"
              id={`${idPrefix}-${index}-name`}
              spellCheck={false}
              value={param.Name}
              onChange={(event) => onChange(index, { Name: event.target.value })}
            />
            <span className="govuk-label govuk-label--s" id={`${labelBase}-${index}`}>Worked out as</span>
            {messages.length > 0 && (
              <p className="govuk-error-message" id={errorId}>
                {messages.map((message, at) => <span key={at}><span className="govuk-visually-hidden">Error:</span> {message} </span>)}
              </p>
            )}
            <ExpressionEditor
              id={`${idPrefix}-${index}`}
              labelId={`${labelBase}-${index}`}
              describedBy={messages.length > 0 ? errorId : undefined}
              value={param.Expression}
              invalid={messages.length > 0}
              readOnly={false}
              scope={{ ...scope, params: [...before, ...params.slice(0, index).map((earlier) => earlier.Name)] }}
              onChange={(expression) => onChange(index, { Expression: expression })}
            />
            <button type="button" className="govuk-button govuk-button--warning govuk-button--small designer-small-button" onClick={() => onRemove(index)}>
              Remove<span className="govuk-visually-hidden"> value {param.Name}</span>
            </button>
          </div>
        );
      })}
      <button type="button" className="govuk-button govuk-button--secondary govuk-button--small designer-small-button" onClick={onAdd}>{addLabel}</button>
    </div>
  );
}
