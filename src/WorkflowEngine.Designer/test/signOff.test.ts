import { describe, expect, it } from 'vitest';
import { describeTrigger, exportJson, setSignOff, updateTask, type Outcome, type WorkflowDocument } from '../src/model';
import { shippedWorkflow } from './shippedWorkflows';

describe('Joint sign-off on an outcome', () => {
  const close: Outcome = { key: 'close', label: 'Close' };

  it('ticking agencies adds them in the order ticked, after the guard', () => {
    const guarded = { ...close, guard: 'closure-rules' };
    const both = setSignOff(setSignOff(guarded, 'police', true), 'childrens-social-care', true);
    expect(both.signOff).toEqual(['police', 'childrens-social-care']);
    expect(Object.keys(both)).toEqual(['key', 'label', 'guard', 'signOff']);
  });

  it('unticking the last agency removes the key, so the file is as before', () => {
    const one = setSignOff(close, 'police', true);
    expect(setSignOff(one, 'police', false)).toEqual(close);
    expect('signOff' in setSignOff(one, 'police', false)).toBe(false);
  });

  it('ticking an agency already ticked changes nothing', () => {
    const one = setSignOff(close, 'police', true);
    expect(setSignOff(one, 'police', true)).toBe(one);
  });

  it('the shipped MACE review needs police and children\'s social care to close, shown on the transition', () => {
    const doc: WorkflowDocument = shippedWorkflow('cce-referral.json');
    const review = doc.stages.find((stage) => stage.key === 'review')!;
    const task = review.tasks!.find((candidate) => candidate.key === 'mace-review')!;
    expect(task.outcomes.find((outcome) => outcome.key === 'close')?.signOff).toEqual(['police', 'childrens-social-care']);
    const closing = review.transitions!.find((transition) => transition.outcome === 'close')!;
    expect(describeTrigger(closing, review)).toBe('Outcome: Close (sign-off: police, childrens-social-care)');
  });

  it('an edited sign-off survives export', () => {
    const doc: WorkflowDocument = shippedWorkflow('cce-referral.json');
    const stageIndex = doc.stages.findIndex((stage) => stage.key === 'review');
    const task = doc.stages[stageIndex].tasks![0];
    const edited = { ...task, outcomes: task.outcomes.map((outcome) => (outcome.key === 'step-down' ? setSignOff(outcome, 'education', true) : outcome)) };
    const reread = JSON.parse(exportJson(updateTask(doc, stageIndex, 0, edited))) as WorkflowDocument;
    expect(reread.stages[stageIndex].tasks![0].outcomes.find((outcome) => outcome.key === 'step-down')?.signOff).toEqual(['education']);
  });
});
