import type { ValidationProblem } from '../problemTargets';

/** The part of a rule a problem is about, so its message shows beside that part. */
export type RuleField = 'name' | 'description' | 'condition' | 'decision' | 'notMet' | 'output' | `param:${number}` | 'rule';

/** Where a validator problem belongs in the editor: a rule's field, a shared value, or the rule set as a whole. */
export type RuleProblemPlace =
  | { kind: 'rule'; ruleIndex: number; field: RuleField }
  | { kind: 'shared'; paramIndex: number }
  | { kind: 'ruleSet' };

const rulePath = /^\$\.Rules\[(\d+)\](.*)$/;
const sharedPath = /^\$\.GlobalParams\[(\d+)\]/;
const localParam = /^\.LocalParams\[(\d+)\]/;

/** Places a problem by its JSON path (`$.Rules[2].Expression`, `$.GlobalParams[0].Expression`, `$.Rules[1].LocalParams[0].Expression`). */
export function placeProblem(path: string): RuleProblemPlace {
  const shared = sharedPath.exec(path);
  if (shared) return { kind: 'shared', paramIndex: Number(shared[1]) };
  const rule = rulePath.exec(path);
  if (!rule) return { kind: 'ruleSet' };
  const ruleIndex = Number(rule[1]);
  const rest = rule[2];
  const param = localParam.exec(rest);
  let field: RuleField = 'rule';
  if (param) field = `param:${Number(param[1])}`;
  else if (rest.startsWith('.RuleName')) field = 'name';
  else if (rest.startsWith('.Properties.description')) field = 'description';
  else if (rest.startsWith('.Expression')) field = 'condition';
  else if (rest.startsWith('.SuccessEvent')) field = 'decision';
  else if (rest.startsWith('.ErrorMessage')) field = 'notMet';
  else if (rest.startsWith('.Actions')) field = 'output';
  return { kind: 'rule', ruleIndex, field };
}

/** The problems of one rule, by field. */
export function problemsOfRule(problems: readonly ValidationProblem[], ruleIndex: number): Map<RuleField, string[]> {
  const byField = new Map<RuleField, string[]>();
  for (const problem of problems) {
    const place = placeProblem(problem.path);
    if (place.kind !== 'rule' || place.ruleIndex !== ruleIndex) continue;
    byField.set(place.field, [...(byField.get(place.field) ?? []), problem.message]);
  }
  return byField;
}

/** The element id of the control a problem's summary link moves focus to. */
export function ruleFieldId(place: RuleProblemPlace): string {
  if (place.kind === 'shared') return `ruleset-shared-${place.paramIndex}`;
  if (place.kind === 'ruleSet') return 'ruleset-rules';
  return `ruleset-rule-${place.ruleIndex}-${place.field.replace(':', '-')}`;
}
