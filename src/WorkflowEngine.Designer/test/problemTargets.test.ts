import { describe, expect, it } from 'vitest';
import { problemTargets } from '../src/model';
import { shippedWorkflow } from './shippedWorkflows';

const doc = shippedWorkflow('cce-referral.json');
const problem = (path: string) => ({ code: 'test', path, message: `At ${path}` });
const target = (path: string) => {
  const [result] = problemTargets(doc, [problem(path)]);
  return { elementId: result.elementId, selection: result.selection };
};

describe('Mapping validator paths to the canvas', () => {
  it('puts a task outcome problem on its stage node and opens the task', () => {
    expect(target('$.stages[1].tasks[0].outcomes[1]')).toEqual({
      elementId: 'stage:front-door',
      selection: { kind: 'task', stageIndex: 1, taskIndex: 0 },
    });
  });

  it('puts a transition problem on its edge', () => {
    expect(target('$.stages[0].transitions[1].to')).toEqual({
      elementId: 'transition:contact:to-front-door',
      selection: { kind: 'transition', stageIndex: 0, transitionIndex: 1 },
    });
  });

  it('puts a stage setting problem on the stage node', () => {
    expect(target('$.stages[0].decision.ruleSet')).toEqual({
      elementId: 'stage:contact',
      selection: { kind: 'stage', stageIndex: 0 },
    });
  });

  it('puts a whole-workflow problem on no element', () => {
    expect(target('$.startStage')).toEqual({ elementId: undefined, selection: { kind: 'workflow' } });
    expect(target('$')).toEqual({ elementId: undefined, selection: { kind: 'workflow' } });
  });

  it('falls back to the stage when the path names a transition that no longer exists', () => {
    expect(target('$.stages[0].transitions[9]').elementId).toBe('stage:contact');
  });

  it('falls back to the workflow when the stage no longer exists', () => {
    expect(target('$.stages[99].name').selection).toEqual({ kind: 'workflow' });
  });
});
