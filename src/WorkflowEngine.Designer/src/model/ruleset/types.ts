// A rule set as the editor edits it: Microsoft RulesEngine's JSON (schemas/ruleset.schema.json).
// Loose on purpose, like the workflow types: unknown keys are kept, and the server's validator
// is the judge of what is valid.

interface Open {
  [unknownKey: string]: unknown;
}

/** A named value worked out before a rule's condition (local) or before every rule (shared). */
export interface ScopedParam extends Open {
  Name: string;
  Expression: string;
}

export interface RuleAction extends Open {
  Name: string;
  Context?: { Expression?: string; [key: string]: unknown };
}

export interface Rule extends Open {
  RuleName: string;
  /** A plain-English description for people; RulesEngine ignores `Properties`. */
  Properties?: { description?: string; [key: string]: unknown };
  Expression?: string;
  RuleExpressionType?: string;
  ErrorMessage?: string;
  SuccessEvent?: string;
  LocalParams?: ScopedParam[];
  Rules?: Rule[];
  Actions?: { OnSuccess?: RuleAction; OnFailure?: RuleAction; [key: string]: unknown };
  Enabled?: boolean;
}

export interface RuleSetDocument extends Open {
  WorkflowName: string;
  GlobalParams?: ScopedParam[];
  Rules: Rule[];
}

/** The canonical order of each object's keys, as the shipped rules/ files write them. */
export const ruleSetOrder = {
  ruleSet: ['$schema', 'WorkflowName', 'GlobalParams', 'Rules'],
  rule: ['RuleName', 'Properties', 'Enabled', 'LocalParams', 'Expression', 'RuleExpressionType', 'Operator', 'ErrorMessage', 'SuccessEvent', 'Rules', 'Actions', 'WorkflowsToInject'],
  param: ['Name', 'Expression'],
  actions: ['OnSuccess', 'OnFailure'],
  action: ['Name', 'Context'],
} as const;
