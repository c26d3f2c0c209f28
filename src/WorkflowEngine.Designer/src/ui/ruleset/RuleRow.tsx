import type { ReactNode } from 'react';
import {
  decisionEffects, problemsOfRule, ruleDescription, ruleFieldId, ruleOutput,
  type ExpressionScope, type Rule, type RuleField, type ScopedParam,
} from '../../model/ruleset';
import type { RuleSetUsage } from '../../api/ruleSetTypes';
import type { NamedKey } from '../../api/types';
import type { ValidationProblem } from '../../model';
import { CharacterCountGroup, CharacterCountTextarea, type TextLimits, upToHint } from '../fields/CharacterCount';
import { ExpressionEditor } from './ExpressionEditor';
import { ParamsEditor } from './ParamsEditor';

export interface RuleEdits {
  update: (changes: Partial<Record<keyof Rule & string, unknown>>) => void;
  describe: (text: string) => void;
  output: (expression: string) => void;
  addParam: () => void;
  changeParam: (index: number, changes: Partial<ScopedParam>) => void;
  removeParam: (index: number) => void;
  move: (to: number) => void;
  duplicate: () => void;
  remove: () => void;
}

interface Props {
  rule: Rule;
  index: number;
  count: number;
  readOnly: boolean;
  problems: readonly ValidationProblem[];
  usage: readonly RuleSetUsage[];
  agencies: readonly NamedKey[];
  decisions: readonly string[];
  sharedNames: readonly string[];
  scope: Omit<ExpressionScope, 'params'>;
  edits: RuleEdits;
  /** The server's limits for the rule's texts, stated beside each box. */
  limits: TextLimits;
}

/** One rule as a table row: its name and description, its condition, what it decides and leads to, its output. */
export function RuleRow({ rule, index, count, readOnly, problems, usage, agencies, decisions, sharedNames, scope, edits, limits }: Props) {
  const byField = problemsOfRule(problems, index);
  const id = (field: RuleField) => ruleFieldId({ kind: 'rule', ruleIndex: index, field });
  const localNames = (rule.LocalParams ?? []).map((param) => param.Name);
  const expressionScope = { ...scope, params: [...sharedNames, ...localNames] };
  const effects = decisionEffects(rule.SuccessEvent, usage, agencies);
  const storedAs = [...new Set(usage.map((use) => use.resultFact).filter((fact): fact is string => !!fact))].map((fact) => `facts.${fact}`);
  const nested = (rule.Rules?.length ?? 0) > 0;
  const name = rule.RuleName || `rule ${index + 1}`;
  const small = 'govuk-button govuk-button--secondary govuk-button--small designer-small-button';

  const errors = (field: RuleField): { id?: string; node: ReactNode } => {
    const messages = byField.get(field) ?? [];
    if (messages.length === 0) return { node: null };
    const errorId = `${id(field)}-error`;
    return {
      id: errorId,
      node: (
        <p className="govuk-error-message" id={errorId}>
          {messages.map((message, at) => <span className="ruleset-error-line" key={at}><span className="govuk-visually-hidden">Error:</span> {message}</span>)}
        </p>
      ),
    };
  };
  const group = (field: RuleField) => `govuk-form-group ruleset-group${byField.has(field) ? ' govuk-form-group--error' : ''}`;
  const nameErrors = errors('name');
  const descriptionErrors = errors('description');
  const notMetErrors = errors('notMet');
  const ruleErrors = errors('rule');
  const conditionErrors = errors('condition');
  const decisionErrors = errors('decision');
  const outputErrors = errors('output');
  const effectsList = effects.length > 0 && (
    <ul className="govuk-list govuk-body-s ruleset-effects">
      {effects.map((effect, at) => (
        <li key={at} className={effect.warning ? 'ruleset-effect--warning' : undefined}>
          {effect.warning && <strong className="govuk-tag govuk-tag--orange ruleset-tag">Check</strong>} {effect.text}
        </li>
      ))}
    </ul>
  );

  if (readOnly) {
    return (
      <tr className="govuk-table__row ruleset-row">
        <th scope="row" className="govuk-table__header ruleset-order">{index + 1}</th>
        <td className="govuk-table__cell">
          <strong className="ruleset-name">{rule.RuleName}</strong>
          {ruleDescription(rule) && <p className="govuk-body-s govuk-!-margin-bottom-0">{ruleDescription(rule)}</p>}
          {rule.Enabled === false && <strong className="govuk-tag govuk-tag--grey">Switched off</strong>}
        </td>
        <td className="govuk-table__cell">
          <ParamsEditor idPrefix={id('param:0').replace(/-0$/, '')} params={rule.LocalParams ?? []} before={sharedNames} scope={scope} problems={() => []} readOnly addLabel="" onAdd={() => {}} onChange={() => {}} onRemove={() => {}} />
          {nested ? <p className="govuk-body-s">This rule is made of nested rules: see the raw JSON.</p> : <code className="ruleset-code">{rule.Expression}</code>}
        </td>
        <td className="govuk-table__cell">
          {rule.SuccessEvent ? <code className="ruleset-code">{rule.SuccessEvent}</code> : <span className="govuk-body-s">Nothing named</span>}
          {effectsList}
          {rule.ErrorMessage && <p className="govuk-body-s ruleset-not-met">When it does not hold: {rule.ErrorMessage}</p>}
        </td>
        <td className="govuk-table__cell">
          {ruleOutput(rule) ? <code className="ruleset-code">{ruleOutput(rule)}</code> : <span className="govuk-body-s">None</span>}
          {ruleOutput(rule) && storedAs.length > 0 && <p className="govuk-body-s">Recorded as {storedAs.join(', ')}</p>}
        </td>
      </tr>
    );
  }

  return (
    <tr className={`govuk-table__row ruleset-row${byField.size > 0 ? ' ruleset-row--error' : ''}`} id={id('rule')}>
      <th scope="row" className="govuk-table__header ruleset-order">
        <span className="ruleset-order__number">{index + 1}</span>
        <div className="ruleset-row-actions">
          <button type="button" className={small} disabled={index === 0} onClick={() => edits.move(index - 1)}>Move up<span className="govuk-visually-hidden"> {name}</span></button>
          <button type="button" className={small} disabled={index === count - 1} onClick={() => edits.move(index + 1)}>Move down<span className="govuk-visually-hidden"> {name}</span></button>
          <button type="button" className={small} onClick={edits.duplicate}>Duplicate<span className="govuk-visually-hidden"> {name}</span></button>
          <button type="button" className="govuk-button govuk-button--warning govuk-button--small designer-small-button" onClick={edits.remove}>Remove<span className="govuk-visually-hidden"> {name}</span></button>
        </div>
      </th>
      <td className="govuk-table__cell ruleset-rule-cell">
        {ruleErrors.node}
        <div className={group('name')}>
          <label className="govuk-label govuk-label--s" htmlFor={id('name')}>Rule name</label>
          <div className="govuk-hint" id={`${id('name')}-hint`}>{upToHint(limits.ruleName)}</div>
          {nameErrors.node}
          <input className={`govuk-input${nameErrors.id ? ' govuk-input--error' : ''}`} id={id('name')} spellCheck={false} value={rule.RuleName}
            aria-describedby={[`${id('name')}-hint`, nameErrors.id].filter(Boolean).join(' ')} onChange={(event) => edits.update({ RuleName: event.target.value })} />
        </div>
        <CharacterCountGroup limit={limits.ruleDescription} failing={descriptionErrors.id !== undefined}>
          <label className="govuk-label govuk-label--s" htmlFor={id('description')}>What it is for, in plain English</label>
          {descriptionErrors.node}
          <CharacterCountTextarea id={id('description')} limit={limits.ruleDescription} rows={3} value={ruleDescription(rule)} errorId={descriptionErrors.id} onChange={edits.describe} />
        </CharacterCountGroup>
      </td>
      <td className="govuk-table__cell ruleset-condition-cell">
        {nested ? (
          <p className="govuk-body-s">This rule is made of nested rules: change them in the raw JSON.</p>
        ) : (
          <div className={group('condition')}>
            <span className="govuk-label govuk-label--s" id={id('condition') + '-label'}>Condition<span className="govuk-visually-hidden"> of {name}</span></span>
            <div className="govuk-hint" id={id('condition') + '-hint'}>Type facts. for the case facts; Ctrl+Space suggests. {upToHint(limits.expression)}</div>
            {conditionErrors.node}
            <ExpressionEditor
              id={id('condition')}
              labelId={id('condition') + '-label'}
              describedBy={[id('condition') + '-hint', conditionErrors.id].filter(Boolean).join(' ')}
              value={rule.Expression ?? ''}
              invalid={conditionErrors.id !== undefined}
              readOnly={false}
              placeholder="e.g. facts.missingEpisodes > 2"
              scope={expressionScope}
              onChange={(expression) => edits.update({ Expression: expression })}
            />
          </div>
        )}
        {((rule.LocalParams?.length ?? 0) > 0) && <p className="govuk-body-s govuk-!-margin-bottom-1">Local values, worked out before the condition:</p>}
        <ParamsEditor
          idPrefix={id('param:0').replace(/-0$/, '')}
          params={rule.LocalParams ?? []}
          before={sharedNames}
          scope={scope}
          problems={(at) => byField.get(`param:${at}`) ?? []}
          readOnly={false}
          addLabel="Add a local value"
          onAdd={edits.addParam}
          onChange={edits.changeParam}
          onRemove={edits.removeParam}
        />
      </td>
      <td className="govuk-table__cell">
        <div className={group('decision')}>
          <label className="govuk-label govuk-label--s" htmlFor={id('decision')}>Decides<span className="govuk-visually-hidden"> ({name})</span></label>
          <div className="govuk-hint" id={`${id('decision')}-hint`}>{upToHint(limits.ruleDecision)}</div>
          {decisionErrors.node}
          <input className={`govuk-input${decisionErrors.id ? ' govuk-input--error' : ''}`} id={id('decision')} spellCheck={false} list={`${id('decision')}-known`}
            aria-describedby={[`${id('decision')}-hint`, decisionErrors.id].filter(Boolean).join(' ')} value={rule.SuccessEvent ?? ''} onChange={(event) => edits.update({ SuccessEvent: event.target.value })} />
          <datalist id={`${id('decision')}-known`}>{decisions.map((decision) => <option key={decision} value={decision} />)}</datalist>
        </div>
        {effectsList}
        <CharacterCountGroup limit={limits.ruleMessage} failing={notMetErrors.id !== undefined}>
          <label className="govuk-label govuk-label--s" htmlFor={id('notMet')}>Message when it does not hold</label>
          {notMetErrors.node}
          <CharacterCountTextarea id={id('notMet')} limit={limits.ruleMessage} rows={2} value={rule.ErrorMessage ?? ''} errorId={notMetErrors.id}
            onChange={(text) => edits.update({ ErrorMessage: text })} />
        </CharacterCountGroup>
      </td>
      <td className="govuk-table__cell">
        <div className={group('output')}>
          <span className="govuk-label govuk-label--s" id={id('output') + '-label'}>Output<span className="govuk-visually-hidden"> of {name}</span></span>
          <div className="govuk-hint" id={id('output') + '-hint'}>
            A risk level in quotes, or a score. Leave empty for none.{storedAs.length > 0 ? ` Recorded as ${storedAs.join(', ')}.` : ''} {upToHint(limits.expression)}
          </div>
          {outputErrors.node}
          <ExpressionEditor
            id={id('output')}
            labelId={id('output') + '-label'}
            describedBy={[id('output') + '-hint', outputErrors.id].filter(Boolean).join(' ')}
            value={ruleOutput(rule)}
            invalid={outputErrors.id !== undefined}
            readOnly={false}
            scope={expressionScope}
            onChange={edits.output}
          />
        </div>
      </td>
    </tr>
  );
}
