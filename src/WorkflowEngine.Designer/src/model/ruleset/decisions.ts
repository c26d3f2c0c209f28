import type { RuleSetUsage } from '../../api/ruleSetTypes';
import type { NamedKey } from '../../api/types';

/** What a rule's decision leads to in one published workflow, in words. */
export interface DecisionEffect {
  text: string;
  /** The decision leads nowhere there (no transition takes it, or no such agency). */
  warning: boolean;
}

/**
 * What a rule that succeeds with `successEvent` does in each published workflow that uses the
 * rule set: the stage it moves the case to, or the agency that gets the task. Guards only pass or fail.
 */
export function decisionEffects(successEvent: string | undefined, usage: readonly RuleSetUsage[], agencies: readonly NamedKey[]): DecisionEffect[] {
  const decision = successEvent?.trim() ?? '';
  return usage.map((use) => {
    const where = `${use.workflowName}, ${use.stageName}`;
    if (use.kind === 'decision') {
      if (decision === '') return { text: `${where}: no decision is named, so the case takes the "otherwise" route.`, warning: true };
      const route = use.routes.find((candidate) => candidate.decision === decision);
      return route
        ? { text: `${where} → ${route.toName}${route.label ? ` (${route.label})` : ''}`, warning: false }
        : { text: `${where}: no transition takes the decision "${decision}".`, warning: true };
    }
    if (use.kind === 'owner') {
      const task = use.taskTitle ?? use.task ?? 'a task';
      if (decision === '') return { text: `${where}: "${task}" gets no owner from this rule.`, warning: true };
      const agency = agencies.find((candidate) => candidate.key === decision);
      return agency
        ? { text: `${where}: "${task}" goes to ${agency.name}`, warning: false }
        : { text: `${where}: "${task}" would go to "${decision}", which is not an agency.`, warning: true };
    }
    const route = use.routes[0];
    return { text: `${where}: the move ${route ? `to ${route.toName}` : ''} is allowed only when every rule passes.`.replace('  ', ' '), warning: false };
  });
}

/** What happens when no rule succeeds, for each stage decision that uses the rule set. */
export function otherwiseEffects(usage: readonly RuleSetUsage[]): string[] {
  return usage
    .filter((use) => use.kind === 'decision')
    .map((use) => {
      const route = use.routes.find((candidate) => candidate.decision === 'otherwise');
      return `${use.workflowName}, ${use.stageName} → ${route ? `${route.toName}${route.label ? ` (${route.label})` : ''}` : 'nowhere: the case waits there'}`;
    });
}

/** The decision values the workflows' transitions take, and the agencies, for the decision field's suggestions. */
export function knownDecisions(usage: readonly RuleSetUsage[], agencies: readonly NamedKey[]): string[] {
  const values = new Set<string>();
  for (const use of usage) {
    if (use.kind === 'decision') for (const route of use.routes) if (route.decision !== 'otherwise') values.add(route.decision);
    if (use.kind === 'owner') for (const agency of agencies) values.add(agency.key);
  }
  return [...values].sort();
}
