import { describe, expect, it } from 'vitest';
import type { ChoiceListOption, RuleFunctionOption } from '../src/api/ruleSetTypes';
import { answersToJson, defaultAnswers, factQuestions, taskQuestions } from '../src/model';
import { completeExpression, type ExpressionScope } from '../src/model/ruleset';
import { sampleFacts } from '../src/ui/simulate/sampleFacts';
import { factCatalogue } from './shippedRuleSets';
import { shippedWorkflow } from './shippedWorkflows';

const facts = factCatalogue();
// The sandbox's allow-list as /designer/reference serves it (a few of each group).
const functions: RuleFunctionOption[] = [
  { on: 'text', name: 'Contains', isProperty: false, description: 'Whether the text contains the given text.' },
  { on: 'text', name: 'IsNullOrWhiteSpace', isProperty: false, description: 'Whether a text is missing.' },
  { on: 'text', name: 'Length', isProperty: true, description: 'How many characters.' },
  { on: 'list', name: 'Count', isProperty: true, description: 'How many entries.' },
  { on: 'list', name: 'Contains', isProperty: false, description: 'Whether the list holds the value.' },
  { on: 'Math', name: 'Max', isProperty: false, description: 'The larger of two numbers.' },
];
const scope: ExpressionScope = { facts, functions, params: ['score'] };
const labels = (text: string, pos = text.length, explicit = false) => completeExpression(text, pos, scope, explicit)?.options.map((option) => option.label);

describe('Completing a rule expression', () => {
  it('lists every catalogue fact after "facts." with its type and description', () => {
    const result = completeExpression('facts.', 6, scope)!;
    expect(result.from).toBe(6);
    expect(result.options.map((option) => option.label)).toEqual(facts.map((fact) => fact.key));
    const missing = result.options.find((option) => option.label === 'missingEpisodes')!;
    expect(missing.detail).toBe('whole number');
    expect(missing.info).toContain('Number of times the child was reported missing');
  });

  it('replaces the part of a fact name already typed', () => {
    const result = completeExpression('facts.urgent == true && facts.miss', 34, scope)!;
    expect(result.from).toBe(30);
    expect(result.options.map((option) => option.label)).toContain('missingEpisodes');
  });

  it('offers the task\'s key and stage after "task."', () => {
    expect(labels('task.')).toEqual(['key', 'stage']);
  });

  it('offers the allowed functions of a fact\'s type, and only those', () => {
    expect(labels('facts.noMeasureReason.')).toEqual(['Contains', 'IsNullOrWhiteSpace', 'Length']);
    expect(labels('facts.disruptionMeasures.')).toEqual(['Count', 'Contains']);
    expect(labels('facts.urgent.')).toEqual([]);
    expect(labels('Math.')).toEqual(['Max']);
    const contains = completeExpression('facts.screeningNotes.Con', 24, scope)!.options.find((option) => option.label === 'Contains')!;
    expect(contains.apply).toBe('Contains(');
    expect(contains.info).toBe('Whether the text contains the given text.');
  });

  it('offers what an expression may start with, named values included', () => {
    expect(labels('sco')).toEqual(['facts', 'task', 'Math', 'string', 'score', 'true', 'false', 'null']);
    expect(completeExpression('score >= ', 9, scope)).toBeNull();
    expect(labels('score >= ', 9, true)).toContain('facts');
    expect(completeExpression('"sco', 4, scope)).toBeNull();
  });
});

describe('The simulator\'s fact form', () => {
  const questions = factQuestions(facts);

  it('has a question per catalogue fact, typed as the catalogue says', () => {
    expect(questions.map((question) => question.key)).toEqual(facts.map((fact) => fact.key));
    expect(questions.find((question) => question.key === 'urgent')).toMatchObject({ kind: 'boolean', label: 'Immediate risk' });
    expect(questions.find((question) => question.key === 'missingEpisodes')).toMatchObject({ kind: 'integer' });
    expect(questions.find((question) => question.key === 'disruptionMeasures')).toMatchObject({ kind: 'textList' });
    expect(questions.find((question) => question.key === 'exclusionDate')).toMatchObject({ kind: 'date' });
  });

  it('starts from the sample facts and sends back what was answered, numbers as numbers', () => {
    const answers = defaultAnswers(questions, sampleFacts);
    expect(answers.missingEpisodes).toBe('3');
    expect(answers.urgent).toBe(false);
    expect(answers.screeningNotes).toBe('');
    const { data, problems } = answersToJson(questions, { ...answers, urgent: true, disruptionMeasures: 'cawn\nnrm-referral' });
    expect(problems).toEqual([]);
    expect(data).toMatchObject({ urgent: true, missingEpisodes: 3, referrerAgency: 'police', disruptionMeasures: ['cawn', 'nrm-referral'] });
    expect('screeningNotes' in data).toBe(false);
  });

  it('says which number is not a number, and keeps numbers within their range', () => {
    const { problems } = answersToJson(questions, { ...defaultAnswers(questions), missingEpisodes: 'three' });
    expect(problems).toEqual([{ key: 'missingEpisodes', message: 'Missing episodes in the last 3 months must be a whole number' }]);
    const ranged = [{ key: 'score', label: 'Score', kind: 'integer' as const, required: true, minimum: 0, maximum: 10 }];
    expect(defaultAnswers(ranged)).toEqual({ score: '0' });
    expect(answersToJson(ranged, { score: '11' }).problems).toEqual([{ key: 'score', message: 'Score must be between 0 and 10' }]);
  });
});

describe('A task\'s form in the simulator', () => {
  const workflow = shippedWorkflow('cce-referral.json');
  const lists: ChoiceListOption[] = [
    { key: 'risk-levels', items: [{ value: 'emerging', label: 'Emerging risk' }, { value: 'significant', label: 'Significant risk' }] },
    { key: 'disruption-agencies', items: [{ value: 'police', label: 'Police' }, { value: 'education', label: 'Education' }] },
  ];

  it('offers the MACE discussion\'s choices from their lists, the first option by default, so it can be answered by clicking', () => {
    const questions = taskQuestions(workflow, 'mace-discussion', lists);
    expect(questions.map((question) => [question.key, question.kind, question.required])).toEqual([
      ['riskLevel', 'choice', true], ['disruptionAgencies', 'multiChoice', true],
    ]);
    expect(questions[0].options).toEqual(lists[0].items);
    const answers = defaultAnswers(questions);
    expect(answers).toEqual({ riskLevel: 'emerging', disruptionAgencies: ['police'] });
    expect(answersToJson(questions, answers)).toEqual({ data: { riskLevel: 'emerging', disruptionAgencies: ['police'] }, problems: [] });
  });

  it('answers a required text with a plausible sentence, and asks for one left empty', () => {
    const questions = taskQuestions(workflow, 'disruption-action', lists);
    expect(questions.map((question) => question.kind)).toEqual(['multiChoice', 'longText']);
    const answers = defaultAnswers(questions);
    expect(answers.actionTaken).toBe('Recorded in a simulation.');
    expect(answersToJson(questions, { ...answers, actionTaken: ' ' }).problems).toEqual([{ key: 'actionTaken', message: 'Answer "What was done"' }]);
  });

  it('is empty for a task without a form', () => {
    expect(taskQuestions(workflow, 'add-to-mace-agenda', lists)).toEqual([]);
  });
});
