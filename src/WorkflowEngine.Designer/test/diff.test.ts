import { describe, expect, it } from 'vitest';
import { addStage, diff, removeTask, updateTask, updateTransition, type WorkflowDocument } from '../src/model';
import { shippedWorkflow } from './shippedWorkflows';

const published: WorkflowDocument = shippedWorkflow('cce-referral.json');
const frontDoor = published.stages.findIndex((stage) => stage.key === 'front-door');

describe('Diffing a draft against the published version', () => {
  it('finds no changes in an identical copy', () => {
    expect(diff(published, structuredClone(published))).toEqual([]);
  });

  it('ignores layout', () => {
    const moved = { ...published, designer: { positions: { contact: { x: 1, y: 2 } } } };
    expect(diff(published, moved)).toEqual([]);
  });

  it('reports an added stage', () => {
    const draft = addStage(published, 'Second look').doc;
    expect(diff(published, draft)).toEqual([
      { kind: 'stage', change: 'added', key: 'second-look', detail: 'Stage "Second look" added' },
    ]);
  });

  it('reports a removed task', () => {
    const draft = removeTask(published, frontDoor, 0);
    expect(diff(published, draft)).toEqual([
      { kind: 'task', change: 'removed', key: 'decide-referral', detail: 'Task "Acknowledge and decide referral" removed' },
    ]);
  });

  it('reports a changed due time as an SLA change', () => {
    const task = published.stages[frontDoor].tasks![0];
    const draft = updateTask(published, frontDoor, 0, { ...task, due: { workingDays: 2, from: 'caseOpened' } });
    expect(diff(published, draft)).toEqual([
      {
        kind: 'sla',
        change: 'changed',
        key: 'decide-referral',
        detail: 'Due: 1 working day from case opened → 2 working days from case opened',
      },
    ]);
  });

  it('reports a changed transition target', () => {
    const transition = published.stages[frontDoor].transitions![0];
    const draft = updateTransition(published, frontDoor, 0, { ...transition, to: 'closed-early-help' });
    expect(diff(published, draft)).toEqual([
      { kind: 'transition', change: 'changed', key: 'front-door/nfa', detail: 'Target: closed-no-further-action → closed-early-help' },
    ]);
  });

  it('reports an added outcome', () => {
    const task = published.stages[frontDoor].tasks![0];
    const draft = updateTask(published, frontDoor, 0, { ...task, outcomes: [...task.outcomes, { key: 'refer-on', label: 'Refer on' }] });
    expect(diff(published, draft)).toEqual([
      { kind: 'outcome', change: 'added', key: 'decide-referral/refer-on', detail: 'Outcome "Refer on" added' },
    ]);
  });

  it('treats everything as added when nothing is published yet', () => {
    const entries = diff(null, published);
    expect(entries.every((entry) => entry.change === 'added')).toBe(true);
    expect(entries.filter((entry) => entry.kind === 'stage')).toHaveLength(published.stages.length);
  });
});
