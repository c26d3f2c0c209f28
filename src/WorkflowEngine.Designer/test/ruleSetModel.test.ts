import { describe, expect, it } from 'vitest';
import {
  addParam, addRule, diffRuleSets, duplicateRule, exportRuleSet, importRuleSet, moveRule, placeProblem, removeParam, removeRule,
  ruleDescription, ruleOutput, setRuleDescription, setRuleOutput, updateParam, updateRule, type RuleSetDocument,
} from '../src/model/ruleset';
import { shippedRuleSetFiles } from './shippedRuleSets';

const files = shippedRuleSetFiles();
const read = (name: string): RuleSetDocument => {
  const imported = importRuleSet(files.find((file) => file.name === name)!.text);
  if (!imported.ok) throw new Error(imported.message);
  return imported.doc;
};

describe('Every shipped rule set', () => {
  it('is found', () => {
    expect(files.map((file) => file.name)).toEqual(expect.arrayContaining(['front-door-routing.json', 'exploitation-screening.json', 'task-assignment.json']));
  });

  it.each(files)('$name goes JSON to editor model to JSON byte for byte', ({ text }) => {
    const imported = importRuleSet(text);
    if (!imported.ok) throw new Error(imported.message);
    expect(exportRuleSet(imported.doc)).toBe(text);
    // Setting every field to what it already is changes nothing.
    let doc = imported.doc;
    doc.Rules.forEach((rule, index) => {
      doc = updateRule(doc, index, { RuleName: rule.RuleName, Expression: rule.Expression, SuccessEvent: rule.SuccessEvent });
      doc = setRuleOutput(doc, index, ruleOutput(rule));
      doc = setRuleDescription(doc, index, ruleDescription(rule));
    });
    expect(exportRuleSet(doc)).toBe(text);
    // Moving a rule down and back up again, too.
    if (doc.Rules.length > 1) expect(exportRuleSet(moveRule(moveRule(doc, 0, 1), 1, 0))).toBe(text);
  });
});

// The screening rule set's three levels and its score, without the "consider NRM" rules and value the
// shipped file adds: the editing steps below are easier to follow on three rules.
function threeLevels() {
  const shipped = read('exploitation-screening.json');
  return {
    ...shipped,
    GlobalParams: (shipped.GlobalParams ?? []).filter((param) => param.Name === 'score'),
    Rules: shipped.Rules.filter((rule) => !rule.RuleName.endsWith('-consider-nrm')),
  };
}

describe('Editing rules', () => {
  const screening = threeLevels();

  it('adds a rule at the end with a name of its own and an empty condition', () => {
    const { doc, index } = addRule(addRule(screening).doc);
    expect(index).toBe(4);
    expect(doc.Rules.map((rule) => rule.RuleName)).toEqual(['experiencing', 'significant', 'emerging', 'new-rule', 'new-rule-2']);
    expect(Object.keys(doc.Rules[4])).toEqual(['RuleName', 'Expression', 'RuleExpressionType', 'ErrorMessage', 'SuccessEvent']);
    expect(screening.Rules).toHaveLength(3);
  });

  it('removes a rule', () => {
    expect(removeRule(screening, 1).Rules.map((rule) => rule.RuleName)).toEqual(['experiencing', 'emerging']);
    expect(removeRule(screening, 7)).toBe(screening);
  });

  it('reorders rules, since the first that succeeds fires', () => {
    expect(moveRule(screening, 2, 0).Rules.map((rule) => rule.RuleName)).toEqual(['emerging', 'experiencing', 'significant']);
    expect(moveRule(screening, 0, 2).Rules.map((rule) => rule.RuleName)).toEqual(['significant', 'emerging', 'experiencing']);
    expect(moveRule(screening, 0, 3)).toBe(screening);
  });

  it('duplicates a rule straight after itself under a new name, leaving the original alone', () => {
    const { doc, index } = duplicateRule(screening, 0);
    expect(index).toBe(1);
    expect(doc.Rules.map((rule) => rule.RuleName)).toEqual(['experiencing', 'experiencing-copy', 'significant', 'emerging']);
    expect(ruleOutput(doc.Rules[1])).toBe('"experiencing"');
    const edited = setRuleOutput(doc, 1, '"changed"');
    expect(ruleOutput(edited.Rules[0])).toBe('"experiencing"');
    expect(duplicateRule(doc, 0).doc.Rules[1].RuleName).toBe('experiencing-copy-2');
  });

  it('puts a new setting where the files put it and keeps existing keys in place', () => {
    const routing = read('front-door-routing.json');
    const described = setRuleDescription(routing, 0, 'Immediate risk goes straight to a strategy discussion.');
    expect(Object.keys(described.Rules[0])).toEqual(['RuleName', 'Properties', 'Expression', 'RuleExpressionType', 'ErrorMessage', 'SuccessEvent']);
    expect(setRuleDescription(described, 0, '  ').Rules[0]).toEqual(routing.Rules[0]);
    const withOutput = setRuleOutput(routing, 0, '"high"');
    expect(withOutput.Rules[0].Actions).toEqual({ OnSuccess: { Name: 'OutputExpression', Context: { Expression: '"high"' } } });
    expect(setRuleOutput(withOutput, 0, '').Rules[0]).toEqual(routing.Rules[0]);
  });

  it('adds, changes and removes local and shared values', () => {
    const routing = read('front-door-routing.json');
    const local = { kind: 'local', ruleIndex: 0 } as const;
    let doc = updateParam(addParam(routing, local), local, 0, { Name: 'young', Expression: 'facts.ageYears < 13' });
    expect(doc.Rules[0].LocalParams).toEqual([{ Name: 'young', Expression: 'facts.ageYears < 13' }]);
    expect(Object.keys(doc.Rules[0]).indexOf('LocalParams')).toBeLessThan(Object.keys(doc.Rules[0]).indexOf('Expression'));
    doc = removeParam(doc, local, 0);
    expect(exportRuleSet(doc)).toBe(exportRuleSet(routing));
    const shared = addParam(routing, { kind: 'shared' });
    expect(Object.keys(shared)).toEqual(['WorkflowName', 'GlobalParams', 'Rules']);
  });
});

describe('Problems beside the rules', () => {
  it('places each validator path on its rule and field', () => {
    expect(placeProblem('$.Rules[2].Expression')).toEqual({ kind: 'rule', ruleIndex: 2, field: 'condition' });
    expect(placeProblem('$.Rules[0].LocalParams[1].Expression')).toEqual({ kind: 'rule', ruleIndex: 0, field: 'param:1' });
    expect(placeProblem('$.Rules[1].Actions.OnSuccess.Context.Expression')).toEqual({ kind: 'rule', ruleIndex: 1, field: 'output' });
    expect(placeProblem('$.Rules[3].RuleName')).toEqual({ kind: 'rule', ruleIndex: 3, field: 'name' });
    expect(placeProblem('$.Rules[3]')).toEqual({ kind: 'rule', ruleIndex: 3, field: 'rule' });
    expect(placeProblem('$.GlobalParams[0].Expression')).toEqual({ kind: 'shared', paramIndex: 0 });
    expect(placeProblem('$.WorkflowName')).toEqual({ kind: 'ruleSet' });
  });
});

describe('Reviewing changes', () => {
  const screening = threeLevels();

  it('finds nothing when nothing changed', () => {
    expect(diffRuleSets(screening, screening)).toEqual([]);
  });

  it('names added, removed, moved and changed rules and shared values', () => {
    let draft = moveRule(screening, 2, 0);
    draft = updateRule(draft, 1, { Expression: 'score >= 12' });
    draft = removeRule(draft, 2);
    draft = addRule(draft).doc;
    draft = updateParam(draft, { kind: 'shared' }, 0, { Expression: 'facts.missingEpisodes' });
    const entries = diffRuleSets(screening, draft);
    expect(entries.map((entry) => `${entry.change} ${entry.key}`)).toEqual([
      'changed score', 'moved emerging', 'changed experiencing', 'added new-rule', 'removed significant',
    ]);
    expect(entries.find((entry) => entry.key === 'experiencing')!.detail).toBe('Condition: score >= 10 → score >= 12.');
  });

  it('counts everything as added when nothing is published', () => {
    expect(diffRuleSets(null, screening).map((entry) => entry.change)).toEqual(['added', 'added', 'added', 'added']);
  });
});
