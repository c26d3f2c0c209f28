import type { TextLimits } from '../ui/fields/CharacterCount';
import type { RuleSetDocument } from '../model/ruleset/types';
import type { NamedKey, VersionStatus, VersionSummary } from './types';

// The JSON of the rule-set editor's endpoints (/designer/rulesets) and the shared reference (/designer/reference).

export interface RuleSetVersionContent {
  version: number;
  status?: VersionStatus;
  content: RuleSetDocument;
}

export interface DecisionRoute {
  decision: string;
  transition: string;
  to: string;
  toName: string;
  label?: string | null;
}

/** One place a published workflow uses the rule set. */
export interface RuleSetUsage {
  workflow: string;
  workflowName: string;
  version: number;
  kind: 'decision' | 'owner' | 'guard';
  stage: string;
  stageName: string;
  task?: string | null;
  taskTitle?: string | null;
  transition?: string | null;
  /** The case fact the output is stored in (`riskLevel`). */
  resultFact?: string | null;
  routes: DecisionRoute[];
}

export interface RuleSetEditorData {
  key: string;
  canEdit: boolean;
  versions: VersionSummary[];
  published: RuleSetVersionContent | null;
  draft: RuleSetVersionContent | null;
  usage: RuleSetUsage[];
  benchUrl: string;
  shadowUrl: string;
}

export type FactType = 'text' | 'integer' | 'number' | 'boolean' | 'date' | 'textList';

export interface FactOption {
  key: string;
  type: FactType;
  label: string;
  description?: string | null;
  /** Lowest and highest allowed values of a number, where the catalogue gives them. */
  minimum?: number | null;
  maximum?: number | null;
}

export interface RuleFunctionOption {
  on: string;
  name: string;
  isProperty: boolean;
  description: string;
}

export interface ChoiceListOption {
  key: string;
  items: { value: string; label: string }[];
}

export interface DesignerReference {
  facts: FactOption[];
  lists: ChoiceListOption[];
  agencies: (NamedKey & { roles: NamedKey[] })[];
  functions: RuleFunctionOption[];
  /** The server's text limits (Core's TextLimits), stated beside each box. */
  limits: TextLimits;
}
