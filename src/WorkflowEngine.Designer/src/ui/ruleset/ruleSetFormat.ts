import { exportRuleSet, importRuleSet, isRuleSet, type RuleSetDocument } from '../../model/ruleset';
import type { DocumentFormat } from '../lifecycle/DocumentFormat';

/** Rule sets for the shared lifecycle: files as in rules/, edits kept under ruleset-editor:unsaved:<key>. */
export const ruleSetFormat: DocumentFormat<RuleSetDocument> = {
  noun: 'rule set',
  exportText: exportRuleSet,
  importText: importRuleSet,
  keyOf: (doc) => doc.WorkflowName,
  looksRight: isRuleSet,
  storageKey: (key) => `ruleset-editor:unsaved:${key}`,
  libraryPath: (key, version) => `/library/rule-sets/${encodeURIComponent(key)}/${version}`,
  publishedNotice: (version) => `Version ${version} published. Decisions made from now on use it; decisions already made stay as they were.`,
};
