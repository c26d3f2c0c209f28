import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { factQuestions, taskQuestions, type FormQuestion, type WorkflowDocument } from '../src/model';
import { placeProblem } from '../src/model/ruleset';
import { CharacterCountGroup, CharacterCountTextarea, remainingMessage, upToHint } from '../src/ui/fields/CharacterCount';
import { TaskForm } from '../src/ui/forms/TaskForm';
import { emptyReferenceData, ReferenceDataContext } from '../src/ui/ReferenceData';
import { RuleRow } from '../src/ui/ruleset/RuleRow';
import { QuestionField } from '../src/ui/simulate/QuestionField';
import { shippedWorkflow } from './shippedWorkflows';

const textarea = (value: string, errorId?: string) =>
  renderToStaticMarkup(
    createElement(CharacterCountGroup, {
      limit: 2000,
      failing: errorId !== undefined,
      children: createElement(CharacterCountTextarea, { id: 'why', limit: 2000, rows: 3, value, errorId, onChange: () => {} }),
    }),
  );

describe('length limits stated beside the boxes', () => {
  it('a one-line box says its limit in its hint, as the Razor pages do', () => {
    expect(upToHint(100)).toBe('Up to 100 characters.');
    expect(upToHint(10000)).toBe('Up to 10,000 characters.');
  });

  it('a textarea is a GOV.UK character count: the limit on its group, stated beneath it and described by it', () => {
    const html = textarea('Risk of exploitation');

    expect(html).toContain('class="govuk-form-group ruleset-group govuk-character-count" data-maxlength="2000"');
    expect(html).toContain('class="govuk-textarea govuk-js-character-count" rows="3" id="why"');
    expect(html).toContain('aria-describedby="why-info"');
    expect(html).toContain('<div id="why-info" class="govuk-hint govuk-character-count__message">You can enter up to 2,000 characters</div>');
    expect(html).toContain('aria-live="polite">You have 1,980 characters remaining</div>');
  });

  it('text over the limit is kept and marked, and the count says how many too many', () => {
    const html = textarea('x'.repeat(2001), 'why-error');

    expect(html).toContain('govuk-form-group--error');
    expect(html).toContain('govuk-textarea--error');
    expect(html).toContain('aria-describedby="why-info why-error"');
    expect(html).toContain('>' + 'x'.repeat(2001) + '</textarea>');
    expect(html).toContain('You have 1 character too many');
    expect(remainingMessage(1, 2)).toBe('You have 1 character remaining');
    expect(remainingMessage(2005, 2000)).toBe('You have 5 characters too many');
  });

  it("the validator's complaint about a rule's description shows beside the description", () => {
    expect(placeProblem('$.Rules[2].Properties.description')).toEqual({ kind: 'rule', ruleIndex: 2, field: 'description' });
    expect(placeProblem('$.Rules[0].ErrorMessage')).toEqual({ kind: 'rule', ruleIndex: 0, field: 'notMet' });
  });
});

describe('the rule-set editor states the server limits beside a rule', () => {
  const limits = { ruleName: 100, ruleDescription: 2000, ruleDecision: 100, ruleMessage: 1000, formText: 500, formLongText: 10000, expression: 4000, definitionKey: 100, definitionName: 200, definitionText: 2000 };
  const noop = () => {};
  const row = (problems: { path: string; message: string }[]) =>
    renderToStaticMarkup(
      createElement('table', null, createElement('tbody', null, createElement(RuleRow, {
        rule: { RuleName: 'urgent-risk', Expression: 'facts.missingEpisodes > 2', SuccessEvent: 'strategy', ErrorMessage: 'Not urgent.', Properties: { description: 'Sends urgent cases to a strategy discussion.' } },
        index: 0, count: 1, readOnly: false, problems: problems.map((p) => ({ ...p, code: 'text.too-long' })),
        usage: [], agencies: [], decisions: [], sharedNames: [], scope: { facts: [], functions: [] }, limits,
        edits: { update: noop, describe: noop, output: noop, addParam: noop, changeParam: noop, removeParam: noop, move: noop, duplicate: noop, remove: noop },
      }))),
    );

  it('one-line boxes carry "Up to N characters." in a hint they are described by; textareas a character count', () => {
    const html = row([]);

    expect(html).toContain('<div class="govuk-hint" id="ruleset-rule-0-name-hint">Up to 100 characters.</div>');
    expect(html).toContain('Type facts. for the case facts; Ctrl+Space suggests. Up to 4,000 characters.');
    expect(html).toMatch(/id="ruleset-rule-0-name"[^>]*aria-describedby="ruleset-rule-0-name-hint"/);
    expect(html).toContain('<div class="govuk-hint" id="ruleset-rule-0-decision-hint">Up to 100 characters.</div>');
    expect(html).toContain('data-maxlength="2000"');
    expect(html).toContain('<div id="ruleset-rule-0-description-info" class="govuk-hint govuk-character-count__message">You can enter up to 2,000 characters</div>');
    expect(html).toContain('<div id="ruleset-rule-0-notMet-info" class="govuk-hint govuk-character-count__message">You can enter up to 1,000 characters</div>');
  });

  it("the server's message about an over-long description shows beside the description", () => {
    const html = row([{ path: '$.Rules[0].Properties.description', message: 'What rule 1 is for is too long: 2,001 characters, and at most 2,000 are allowed. Shorten it.' }]);

    expect(html).toContain('id="ruleset-rule-0-description-error"');
    expect(html).toContain('What rule 1 is for is too long');
    expect(html).toContain('aria-describedby="ruleset-rule-0-description-info ruleset-rule-0-description-error"');
  });
});

describe("the simulator's forms state the engine's answer limits", () => {
  const limits = { formText: 500, formLongText: 10000 };
  const field = (question: FormQuestion) =>
    renderToStaticMarkup(createElement(QuestionField, { idPrefix: 'sim', question, answer: undefined, onAnswer: () => {} }));

  it("a field's own maxLength wins, else the default for its type, as FormField.AnswerLimit", () => {
    const doc = {
      key: 'w', name: 'W', version: 1, initialStage: 's',
      stages: [{ key: 's', name: 'S', tasks: [{ key: 't', title: 'T', owner: { agency: 'police' }, outcomes: [], form: [
        { key: 'summary', label: 'Summary', type: 'text' },
        { key: 'code', label: 'Code', type: 'text', maxLength: 20 },
        { key: 'why', label: 'Why', type: 'longText' },
        { key: 'count', label: 'Count', type: 'integer' },
      ] }] }],
    } as unknown as WorkflowDocument;

    expect(taskQuestions(doc, 't', [], limits).map((q) => q.limit)).toEqual([500, 20, 10000, undefined]);
    expect(factQuestions([{ key: 'note', type: 'text', label: 'Note' }, { key: 'n', type: 'integer', label: 'N' }] as never, limits).map((q) => q.limit)).toEqual([10000, undefined]);
  });

  it('a one-line answer says "Up to N characters." after its own hint; a long answer is a character count', () => {
    const line = field({ key: 'code', label: 'Code', hint: 'As on the form.', kind: 'text', required: true, limit: 20 });
    const long = field({ key: 'why', label: 'Why', kind: 'longText', required: false, limit: 10000 });

    expect(line).toContain('<div class="govuk-hint" id="sim-code-hint">As on the form. Up to 20 characters.</div>');
    expect(line).toMatch(/id="sim-code"[^>]*aria-describedby="sim-code-hint"/);
    expect(long).toContain('govuk-character-count" data-maxlength="10000"');
    expect(long).toContain('<div id="sim-why-info" class="govuk-hint govuk-character-count__message">You can enter up to 10,000 characters</div>');
  });
});

describe("the workflow designer states the validator's limits beside its boxes", () => {
  const limits = { ruleName: 100, ruleDescription: 2000, ruleDecision: 100, ruleMessage: 1000, formText: 500, formLongText: 10000, expression: 4000, definitionKey: 100, definitionName: 200, definitionText: 2000 };
  const taskForm = () =>
    renderToStaticMarkup(
      createElement(ReferenceDataContext.Provider, { value: { ...emptyReferenceData, limits } },
        createElement(TaskForm, { doc: shippedWorkflow('cce-referral.json'), stageIndex: 1, taskIndex: 0, onEdit: () => {}, onSelect: () => {} })),
    );

  it('keys and titles say "Up to N characters." in their hints; guidance is a GOV.UK character count', () => {
    const html = taskForm();

    expect(html).toContain('Unique across the workflow. Do not change it once published. Up to 100 characters.');
    expect(html).toContain('What inboxes show Up to 200 characters.');
    expect(html).toMatch(/govuk-character-count" data-maxlength="2000"/);
    expect(html).toContain('You can enter up to 2,000 characters');
  });
});
