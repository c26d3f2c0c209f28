import { withKey, withKeys } from '../keyOrder';
import { ruleSetOrder, type Rule, type RuleSetDocument, type ScopedParam } from './types';

// Every edit returns a new document and keeps each object's existing keys where they are, so an
// untouched rule set exports byte for byte as it was read.

const withRules = (doc: RuleSetDocument, rules: Rule[]) => withKey(doc, 'Rules', rules, ruleSetOrder.ruleSet);

/** A rule name not yet used in the set: `base`, else `base-2`, `base-3`, ... */
export function unusedRuleName(doc: RuleSetDocument, base: string): string {
  const taken = new Set(doc.Rules.map((rule) => rule.RuleName));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** Adds a new rule at the end (the last rule is checked last), with an empty condition for the author to write. */
export function addRule(doc: RuleSetDocument): { doc: RuleSetDocument; index: number } {
  const rule: Rule = {
    RuleName: unusedRuleName(doc, 'new-rule'),
    Expression: '',
    RuleExpressionType: 'LambdaExpression',
    ErrorMessage: '',
    SuccessEvent: '',
  };
  return { doc: withRules(doc, [...doc.Rules, rule]), index: doc.Rules.length };
}

/** Removes rule `index`. */
export function removeRule(doc: RuleSetDocument, index: number): RuleSetDocument {
  if (index < 0 || index >= doc.Rules.length) return doc;
  return withRules(doc, doc.Rules.filter((_, at) => at !== index));
}

/** Moves rule `from` to position `to`: order matters, the first rule that succeeds fires. */
export function moveRule(doc: RuleSetDocument, from: number, to: number): RuleSetDocument {
  if (from === to || from < 0 || to < 0 || from >= doc.Rules.length || to >= doc.Rules.length) return doc;
  const rules = [...doc.Rules];
  const [moved] = rules.splice(from, 1);
  rules.splice(to, 0, moved);
  return withRules(doc, rules);
}

/** Puts a copy of rule `index` straight after it, under a name of its own. */
export function duplicateRule(doc: RuleSetDocument, index: number): { doc: RuleSetDocument; index: number } {
  const original = doc.Rules[index];
  if (!original) return { doc, index };
  const copy: Rule = { ...structuredClone(original), RuleName: unusedRuleName(doc, `${original.RuleName}-copy`) };
  const rules = [...doc.Rules];
  rules.splice(index + 1, 0, copy);
  return { doc: withRules(doc, rules), index: index + 1 };
}

/** Sets (or, with undefined or empty text, removes) settings of rule `index`. */
export function updateRule(doc: RuleSetDocument, index: number, changes: Partial<Record<keyof Rule & string, unknown>>): RuleSetDocument {
  const rule = doc.Rules[index];
  if (!rule) return doc;
  const next = withKeys(rule, changes, ruleSetOrder.rule);
  if (next === rule) return doc;
  return withRules(doc, doc.Rules.map((existing, at) => (at === index ? next : existing)));
}

/** The plain-English description kept in the rule's `Properties` (RulesEngine ignores it). */
export const ruleDescription = (rule: Rule): string => (typeof rule.Properties?.description === 'string' ? rule.Properties.description : '');

export function setRuleDescription(doc: RuleSetDocument, index: number, text: string): RuleSetDocument {
  const rule = doc.Rules[index];
  if (!rule) return doc;
  const properties = withKey(rule.Properties ?? {}, 'description', text.trim() === '' ? undefined : text);
  return updateRule(doc, index, { Properties: Object.keys(properties).length === 0 ? undefined : properties });
}

/** The expression of the rule's output (what `OnSuccess` puts out, e.g. a risk level), or ''. */
export const ruleOutput = (rule: Rule): string => {
  const onSuccess = rule.Actions?.OnSuccess;
  return onSuccess?.Name === 'OutputExpression' && typeof onSuccess.Context?.Expression === 'string' ? onSuccess.Context.Expression : '';
};

/** Sets the rule's output expression; empty text removes the output (and `Actions` when nothing else is in it). */
export function setRuleOutput(doc: RuleSetDocument, index: number, expression: string): RuleSetDocument {
  const rule = doc.Rules[index];
  if (!rule) return doc;
  const actions = rule.Actions ?? {};
  let onSuccess: unknown;
  if (expression.trim() !== '') {
    const existing = actions.OnSuccess?.Name === 'OutputExpression' ? actions.OnSuccess : { Name: 'OutputExpression' };
    onSuccess = withKey(existing, 'Context', withKey(existing.Context ?? {}, 'Expression', expression), ruleSetOrder.action);
  }
  const nextActions = withKey(actions, 'OnSuccess', onSuccess, ruleSetOrder.actions);
  return updateRule(doc, index, { Actions: Object.keys(nextActions).length === 0 ? undefined : nextActions });
}

/** Where a list of named values lives: the rule set's shared values, or one rule's local values. */
export type ParamScope = { kind: 'shared' } | { kind: 'local'; ruleIndex: number };

export function paramsOf(doc: RuleSetDocument, scope: ParamScope): ScopedParam[] {
  return (scope.kind === 'shared' ? doc.GlobalParams : doc.Rules[scope.ruleIndex]?.LocalParams) ?? [];
}

function withParams(doc: RuleSetDocument, scope: ParamScope, params: ScopedParam[]): RuleSetDocument {
  const value = params.length === 0 ? undefined : params;
  return scope.kind === 'shared' ? withKey(doc, 'GlobalParams', value, ruleSetOrder.ruleSet) : updateRule(doc, scope.ruleIndex, { LocalParams: value });
}

/** Adds a named value, worked out before the condition that uses it. */
export function addParam(doc: RuleSetDocument, scope: ParamScope): RuleSetDocument {
  const params = paramsOf(doc, scope);
  const taken = new Set(params.map((param) => param.Name));
  let n = params.length + 1;
  while (taken.has(`value${n}`)) n += 1;
  return withParams(doc, scope, [...params, { Name: `value${n}`, Expression: '' }]);
}

export function updateParam(doc: RuleSetDocument, scope: ParamScope, paramIndex: number, changes: Partial<ScopedParam>): RuleSetDocument {
  const params = paramsOf(doc, scope);
  if (!params[paramIndex]) return doc;
  return withParams(doc, scope, params.map((param, at) => (at === paramIndex ? withKeys(param, changes, ruleSetOrder.param) : param)));
}

export function removeParam(doc: RuleSetDocument, scope: ParamScope, paramIndex: number): RuleSetDocument {
  return withParams(doc, scope, paramsOf(doc, scope).filter((_, at) => at !== paramIndex));
}
