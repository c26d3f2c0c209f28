import { describe, expect, it } from 'vitest';
import { fieldElementId, joinField, problemField, problemsForSelection, problemTargets, type Selection } from '../src/model';
import { shippedWorkflow } from './shippedWorkflows';

const workflow: Selection = { kind: 'workflow' };
const stage: Selection = { kind: 'stage', stageIndex: 3 };
const task: Selection = { kind: 'task', stageIndex: 3, taskIndex: 0 };
const transition: Selection = { kind: 'transition', stageIndex: 2, transitionIndex: 0 };

describe('Mapping validator paths to the side panel field at fault', () => {
  it('finds an outcome label in the task form', () => {
    expect(problemField(task, '$.stages[3].tasks[0].outcomes[1].label')).toBe('outcomes[1].label');
  });

  it('shows a problem with a whole outcome beside its key', () => {
    expect(problemField(task, '$.stages[3].tasks[0].outcomes[1]')).toBe('outcomes[1].key');
  });

  it('shows a task with no outcomes on the outcomes group', () => {
    expect(problemField(task, '$.stages[3].tasks[0].outcomes')).toBe('outcomes');
  });

  it('finds the owner, due time, form and escalation fields of a task', () => {
    expect(problemField(task, '$.stages[3].tasks[0].owner.agency')).toBe('owner.agency');
    expect(problemField(task, '$.stages[3].tasks[0].owner')).toBe('owner');
    expect(problemField(task, '$.stages[3].tasks[0].due.duration')).toBe('due.duration');
    expect(problemField(task, '$.stages[3].tasks[0].form[2].choices[0]')).toBe('form[2].choices[0].value');
    expect(problemField(task, '$.stages[3].tasks[0].form[2].choiceList')).toBe('form[2].choiceList');
    expect(problemField(task, '$.stages[3].tasks[0].escalation[1]')).toBe('escalation[1].level');
    expect(problemField(task, '$.stages[3].tasks[0].escalation[1].after.workingDays')).toBe('escalation[1].after.workingDays');
    expect(problemField(task, '$.stages[3].tasks[0].escalation[1].target')).toBe('escalation[1].target.role');
    expect(problemField(task, '$.stages[3].tasks[0].escalation[1].actions[0]')).toBe('escalation[1].actions');
  });

  it('finds a transition target, and the linked workflows field for one of its entries', () => {
    expect(problemField(transition, '$.stages[2].transitions[0].to')).toBe('to');
    expect(problemField(transition, '$.stages[2].transitions[0].startWorkflows[1]')).toBe('startWorkflows');
    expect(problemField(transition, '$.stages[2].transitions[0].after')).toBe('after');
  });

  it('shows a stage decision problem beside the decision rule set', () => {
    expect(problemField(stage, '$.stages[3].decision')).toBe('decision.ruleSet');
    expect(problemField(stage, '$.stages[3].key')).toBe('key');
  });

  it('puts problems with the item as a whole at the top of its form', () => {
    expect(problemField(stage, '$.stages[3]')).toBeUndefined();
    expect(problemField(stage, '$.stages[3].tasks')).toBeUndefined();
    expect(problemField(transition, '$.stages[2].transitions[0]')).toBeUndefined();
    expect(problemField(task, '$.stages[3].tasks[0].unknownSetting')).toBeUndefined();
    expect(problemField(workflow, '$')).toBeUndefined();
    expect(problemField(workflow, '$.stages')).toBeUndefined();
  });

  it('finds the workflow settings, and never a stage setting in the workflow form', () => {
    expect(problemField(workflow, '$.startStage')).toBe('startStage');
    expect(problemField(workflow, '$.linkedWorkflows[0]')).toBe('linkedWorkflows');
    expect(problemField(workflow, '$.stages[99].name')).toBeUndefined();
  });

  it('does not place a problem in a form it does not belong to', () => {
    expect(problemField(task, '$.stages[3].tasks[1].title')).toBeUndefined();
    expect(problemField(stage, '$.stages[30].key')).toBeUndefined();
  });
});

describe('Side panel field ids and nesting', () => {
  it('joins list positions and settings the way the forms nest them', () => {
    expect(joinField('outcomes', '[1]')).toBe('outcomes[1]');
    expect(joinField('outcomes[1]', 'key')).toBe('outcomes[1].key');
    expect(joinField(undefined, 'title')).toBe('title');
  });

  it('gives each field an id usable in a link', () => {
    expect(fieldElementId('outcomes[1].label')).toBe('designer-field-outcomes-1-label');
    expect(fieldElementId('to')).toBe('designer-field-to');
  });
});

describe('Problems for the selected item', () => {
  const doc = shippedWorkflow('cce-referral.json');
  const problem = (path: string) => ({ code: 'test', path, message: `At ${path}` });

  it('sorts the selection\'s problems into fields and the whole, and leaves out the rest', () => {
    const targets = problemTargets(doc, [
      problem('$.stages[1].tasks[0].outcomes[0].label'),
      problem('$.stages[1].tasks[0]'),
      problem('$.stages[1].tasks[0].outcomes[0].label'),
      problem('$.stages[0].key'),
    ]);

    const shown = problemsForSelection(targets, { kind: 'task', stageIndex: 1, taskIndex: 0 });

    expect([...shown.byField.keys()]).toEqual(['outcomes[0].label']);
    expect(shown.byField.get('outcomes[0].label')).toHaveLength(2);
    expect(shown.whole.map((p) => p.path)).toEqual(['$.stages[1].tasks[0]']);
  });

  it('puts a problem with a transition that no longer exists at the top of its stage', () => {
    const [target] = problemTargets(doc, [problem('$.stages[0].transitions[9].to')]);
    expect(target.selection).toEqual({ kind: 'stage', stageIndex: 0 });
    expect(target.field).toBeUndefined();
  });
});
