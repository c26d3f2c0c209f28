import { sameJson } from '../sameJson';
import { ruleDescription, ruleOutput } from './ruleEdits';
import type { Rule, RuleSetDocument, ScopedParam } from './types';

/** One difference between two versions of a rule set, for "Review changes and publish". */
export interface RuleSetDiffEntry {
  kind: 'rule' | 'shared value';
  change: 'added' | 'removed' | 'changed' | 'moved';
  key: string;
  detail: string;
}

const quoted = (text: string | undefined) => (text ? `"${text}"` : 'nothing');

/** What publishing `draft` changes compared with `published`, rule by rule (matched by name). */
export function diffRuleSets(published: RuleSetDocument | null | undefined, draft: RuleSetDocument): RuleSetDiffEntry[] {
  const entries: RuleSetDiffEntry[] = [];
  diffParams(published?.GlobalParams ?? [], draft.GlobalParams ?? [], entries);

  const oldRules = published?.Rules ?? [];
  const oldByName = new Map(oldRules.map((rule, index) => [rule.RuleName, { rule, index }]));
  const newNames = new Set(draft.Rules.map((rule) => rule.RuleName));
  const stayed = inOrder(draft.Rules.map((rule) => oldByName.get(rule.RuleName)?.index ?? -1));
  draft.Rules.forEach((rule, index) => {
    const old = oldByName.get(rule.RuleName);
    if (!old) {
      entries.push({ kind: 'rule', change: 'added', key: rule.RuleName, detail: `Added as rule ${index + 1}: when ${rule.Expression || '(no condition)'}, decides ${quoted(rule.SuccessEvent)}.` });
      return;
    }
    if (!stayed.has(index)) {
      entries.push({ kind: 'rule', change: 'moved', key: rule.RuleName, detail: `Now rule ${index + 1} (was rule ${old.index + 1}): it is checked in a different order.` });
    }
    const changes = ruleChanges(old.rule, rule);
    if (changes.length > 0) entries.push({ kind: 'rule', change: 'changed', key: rule.RuleName, detail: changes.join(' ') });
  });
  for (const rule of oldRules) {
    if (!newNames.has(rule.RuleName)) entries.push({ kind: 'rule', change: 'removed', key: rule.RuleName, detail: `Removed (it decided ${quoted(rule.SuccessEvent)}).` });
  }
  return entries;
}

/**
 * The positions (in the draft) of the rules that kept their order: the longest run of old
 * positions that still rises. The others are the ones the author moved.
 */
function inOrder(oldIndexes: number[]): Set<number> {
  const length = oldIndexes.map(() => 0);
  const previous = oldIndexes.map(() => -1);
  let best = -1;
  oldIndexes.forEach((oldIndex, i) => {
    if (oldIndex < 0) return;
    length[i] = 1;
    for (let j = 0; j < i; j += 1) {
      if (oldIndexes[j] >= 0 && oldIndexes[j] < oldIndex && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        previous[i] = j;
      }
    }
    if (best < 0 || length[i] >= length[best]) best = i;
  });
  const kept = new Set<number>();
  for (let i = best; i >= 0; i = previous[i]) kept.add(i);
  return kept;
}

function ruleChanges(old: Rule, rule: Rule): string[] {
  const changes: string[] = [];
  if ((old.Expression ?? '') !== (rule.Expression ?? '')) changes.push(`Condition: ${old.Expression || '(none)'} → ${rule.Expression || '(none)'}.`);
  if ((old.SuccessEvent ?? '') !== (rule.SuccessEvent ?? '')) changes.push(`Decides: ${quoted(old.SuccessEvent)} → ${quoted(rule.SuccessEvent)}.`);
  if (ruleOutput(old) !== ruleOutput(rule)) changes.push(`Output: ${ruleOutput(old) || '(none)'} → ${ruleOutput(rule) || '(none)'}.`);
  if (!sameJson(old.LocalParams ?? [], rule.LocalParams ?? [])) changes.push('Local values changed.');
  if ((old.ErrorMessage ?? '') !== (rule.ErrorMessage ?? '')) changes.push('The message when it does not apply changed.');
  if (ruleDescription(old) !== ruleDescription(rule)) changes.push('Description changed.');
  const known = ['RuleName', 'Expression', 'SuccessEvent', 'Actions', 'LocalParams', 'ErrorMessage', 'Properties'];
  const rest = (value: Rule) => Object.fromEntries(Object.entries(value).filter(([key]) => !known.includes(key)));
  if (!sameJson(rest(old), rest(rule))) changes.push('Other settings changed (see the raw JSON).');
  return changes;
}

function diffParams(old: readonly ScopedParam[], current: readonly ScopedParam[], entries: RuleSetDiffEntry[]) {
  const oldByName = new Map(old.map((param) => [param.Name, param]));
  for (const param of current) {
    const before = oldByName.get(param.Name);
    if (!before) entries.push({ kind: 'shared value', change: 'added', key: param.Name, detail: `${param.Name} = ${param.Expression}` });
    else if (before.Expression !== param.Expression) entries.push({ kind: 'shared value', change: 'changed', key: param.Name, detail: `${before.Expression} → ${param.Expression}` });
  }
  const names = new Set(current.map((param) => param.Name));
  for (const param of old) if (!names.has(param.Name)) entries.push({ kind: 'shared value', change: 'removed', key: param.Name, detail: `${param.Name} removed.` });
}
