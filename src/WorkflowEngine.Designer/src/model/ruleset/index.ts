// The rule-set editor's model: pure TypeScript, no React, unit tested with Vitest.
export * from './types';
export * from './ruleSetJson';
export * from './ruleEdits';
export * from './ruleProblems';
export * from './ruleSetDiff';
export * from './decisions';
export * from './completion';
