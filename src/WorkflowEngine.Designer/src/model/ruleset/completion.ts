import type { FactOption, FactType, RuleFunctionOption } from '../../api/ruleSetTypes';

/** One suggestion while writing an expression. */
export interface ExpressionCompletion {
  label: string;
  type: 'variable' | 'property' | 'method' | 'keyword' | 'namespace';
  /** Shown beside the label: a fact's type, what a function applies to. */
  detail?: string;
  /** Shown beside the list: the fact's label and description, what the function does. */
  info?: string;
  /** What is inserted, when it is more than the label (a call's opening bracket). */
  apply?: string;
}

/** What an expression may use: the fact catalogue, the sandbox's functions, and the named values in scope. */
export interface ExpressionScope {
  facts: readonly FactOption[];
  functions: readonly RuleFunctionOption[];
  /** Shared values and the rule's local values defined before this expression. */
  params: readonly string[];
}

const word = /[A-Za-z_][A-Za-z0-9_]*$/;
const member = /([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\.([A-Za-z_][A-Za-z0-9_]*)?$/;

/** What the functions of a fact type are listed under. */
const functionGroup: Record<FactType, string | undefined> = {
  text: 'text', textList: 'list', date: 'date', integer: 'number', number: 'number', boolean: undefined,
};

const factTypeWords: Record<FactType, string> = {
  text: 'text', integer: 'whole number', number: 'number', boolean: 'yes/no', date: 'date', textList: 'list of text',
};

const taskMembers: ExpressionCompletion[] = [
  { label: 'key', type: 'property', detail: 'text', info: 'The key of the task the rule is choosing an owner for.' },
  { label: 'stage', type: 'property', detail: 'text', info: 'The key of the stage the case is in.' },
];

function functionsOn(scope: ExpressionScope, group: string | undefined): ExpressionCompletion[] {
  return scope.functions
    .filter((fn) => group === undefined || fn.on === group)
    .map((fn) => ({
      label: fn.name,
      type: fn.isProperty ? 'property' : 'method',
      detail: fn.on,
      info: fn.description,
      apply: fn.isProperty ? undefined : `${fn.name}(`,
    }));
}

/**
 * The suggestions at `pos` in `text` and where the word they would replace starts: after `facts.`
 * the catalogue's facts, after `task.` the task's key and stage, after `Math.` the allowed maths,
 * after a fact the functions of its type, otherwise the names an expression may start with.
 * Null when the cursor is not on a word (unless `explicit`, when the person asked for suggestions).
 */
export function completeExpression(text: string, pos: number, scope: ExpressionScope, explicit = false): { from: number; options: ExpressionCompletion[] } | null {
  const before = text.slice(0, pos);
  const dotted = member.exec(before);
  if (dotted) {
    const chain = dotted[1];
    const from = pos - (dotted[2]?.length ?? 0);
    return { from, options: membersOf(chain, scope) };
  }
  const typed = word.exec(before);
  if (!typed && !explicit) return null;
  const from = pos - (typed?.[0].length ?? 0);
  if (typed && /[0-9"]$/.test(before.slice(0, from))) return null;
  const options: ExpressionCompletion[] = [
    { label: 'facts', type: 'namespace', info: 'The case facts in the catalogue: facts.missingEpisodes, facts.urgent, …' },
    { label: 'task', type: 'namespace', info: 'The task being assigned: task.key, task.stage.' },
    { label: 'Math', type: 'namespace', info: 'Maths: Math.Max(a, b), Math.Min(a, b), Math.Round(x), …' },
    { label: 'string', type: 'namespace', info: 'Text checks such as string.IsNullOrWhiteSpace(facts.noMeasureReason).' },
    ...scope.params.map((name): ExpressionCompletion => ({ label: name, type: 'variable', detail: 'named value', info: 'Worked out before this expression.' })),
    ...['true', 'false', 'null'].map((keyword): ExpressionCompletion => ({ label: keyword, type: 'keyword' })),
  ];
  return { from, options };
}

function membersOf(chain: string, scope: ExpressionScope): ExpressionCompletion[] {
  if (chain === 'facts') {
    return scope.facts.map((fact) => ({
      label: fact.key,
      type: 'property',
      detail: factTypeWords[fact.type] ?? fact.type,
      info: fact.description ? `${fact.label}. ${fact.description}` : fact.label,
    }));
  }
  if (chain === 'task') return taskMembers;
  if (chain === 'Math') return functionsOn(scope, 'Math');
  if (chain === 'string') return functionsOn(scope, 'text').filter((fn) => fn.label.startsWith('IsNull') || fn.label === 'Compare' || fn.label === 'Concat');
  const factRead = /^facts\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(chain);
  if (factRead) {
    const fact = scope.facts.find((candidate) => candidate.key === factRead[1]);
    return fact ? functionsOn(scope, functionGroup[fact.type] ?? '-') : [];
  }
  if (chain === 'task.key' || chain === 'task.stage') return functionsOn(scope, 'text');
  // A named value or a longer chain: its type is not known here, so offer what applies to values.
  return functionsOn(scope, undefined).filter((fn) => fn.detail !== 'Math');
}
