import type { RuleSetDocument } from './types';

/** Writes the rule set exactly as the files in rules/ are written: two-space indent, final newline. */
export function exportRuleSet(doc: RuleSetDocument): string {
  return JSON.stringify(doc, null, 2) + '\n';
}

/** Reads a rule-set file: plain JSON only (comments and trailing commas could not be written back). */
export function importRuleSet(text: string): { ok: true; doc: RuleSetDocument } | { ok: false; message: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `The text is not plain JSON: ${(error as Error).message}. Remove any comments or trailing commas.` };
  }
  if (!isRuleSet(parsed)) {
    return { ok: false, message: 'A rule set is one object with a "WorkflowName" and a "Rules" list.' };
  }
  return { ok: true, doc: parsed };
}

export function isRuleSet(value: unknown): value is RuleSetDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    && typeof (value as Partial<RuleSetDocument>).WorkflowName === 'string'
    && Array.isArray((value as Partial<RuleSetDocument>).Rules);
}
