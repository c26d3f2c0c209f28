import { describeDue, describeOwner } from './describe';
import { sameJson } from './sameJson';
import type { Stage, Task, Transition, WorkflowDocument } from './types';

export type DiffKind = 'workflow' | 'stage' | 'decision' | 'task' | 'sla' | 'outcome' | 'form' | 'escalation' | 'transition';
export type DiffChange = 'added' | 'removed' | 'changed';

/** One difference between two versions, worded for the "Review changes and publish" page. */
export interface DiffEntry {
  kind: DiffKind;
  change: DiffChange;
  /** Stage key, task key, `task/outcome` or `stage/transition`. */
  key: string;
  detail: string;
}

const show = (value: unknown) => (value === undefined ? 'not set' : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * What publishing `draft` would change compared with `published` (nothing published: everything
 * is added). Layout (`designer`) and `$schema` are not behaviour, so they are left out.
 */
export function diff(published: WorkflowDocument | null | undefined, draft: WorkflowDocument): DiffEntry[] {
  const base: WorkflowDocument = published ?? { key: draft.key, name: '', calendar: '', startStage: '', stages: [] };
  const entries: DiffEntry[] = [];
  const add = (kind: DiffKind, change: DiffChange, key: string, detail: string) => entries.push({ kind, change, key, detail });

  if (published) {
    for (const setting of ['name', 'description', 'calendar', 'startStage', 'linkedWorkflows'] as const) {
      if (!sameJson(base[setting], draft[setting])) {
        add('workflow', 'changed', setting, `${setting}: ${show(base[setting])} → ${show(draft[setting])}`);
      }
    }
  }

  const oldStages = new Map(base.stages.map((stage) => [stage.key, stage]));
  const newStages = new Map(draft.stages.map((stage) => [stage.key, stage]));
  for (const [key, stage] of newStages) {
    const old = oldStages.get(key);
    if (!old) add('stage', 'added', key, `Stage "${stage.name}" added`);
    else diffStage(old, stage, add);
  }
  for (const [key, stage] of oldStages) if (!newStages.has(key)) add('stage', 'removed', key, `Stage "${stage.name}" removed`);

  diffTasks(base, draft, add);
  diffTransitions(base, draft, add);
  return entries;
}

type Add = (kind: DiffKind, change: DiffChange, key: string, detail: string) => void;

function diffStage(old: Stage, stage: Stage, add: Add) {
  if (old.name !== stage.name) add('stage', 'changed', stage.key, `Name: ${old.name} → ${stage.name}`);
  if (!sameJson(old.description, stage.description)) add('stage', 'changed', stage.key, 'Description changed');
  if (Boolean(old.final) !== Boolean(stage.final)) add('stage', 'changed', stage.key, stage.final ? 'Now a final stage' : 'No longer a final stage');
  if (!sameJson(old.decision, stage.decision)) {
    const change: DiffChange = !old.decision ? 'added' : !stage.decision ? 'removed' : 'changed';
    add('decision', change, stage.key, `Decision: ${show(old.decision?.ruleSet)} → ${show(stage.decision?.ruleSet)}`);
  }
}

function tasksByKey(doc: WorkflowDocument): Map<string, { task: Task; stageKey: string }> {
  const map = new Map<string, { task: Task; stageKey: string }>();
  for (const stage of doc.stages) for (const task of stage.tasks ?? []) map.set(task.key, { task, stageKey: stage.key });
  return map;
}

function diffTasks(base: WorkflowDocument, draft: WorkflowDocument, add: Add) {
  const oldTasks = tasksByKey(base);
  const newTasks = tasksByKey(draft);
  for (const [key, { task, stageKey }] of newTasks) {
    const old = oldTasks.get(key);
    if (!old) {
      add('task', 'added', key, `Task "${task.title}" added to ${stageKey}, due ${describeDue(task.due)}`);
      continue;
    }
    if (old.stageKey !== stageKey) add('task', 'changed', key, `Moved from stage ${old.stageKey} to ${stageKey}`);
    if (old.task.title !== task.title) add('task', 'changed', key, `Title: ${old.task.title} → ${task.title}`);
    if (!sameJson(old.task.description, task.description)) add('task', 'changed', key, 'Guidance changed');
    if (!sameJson(old.task.owner, task.owner)) {
      add('task', 'changed', key, `Owner: ${describeOwner(old.task.owner)} → ${describeOwner(task.owner)}`);
    }
    if (!sameJson(old.task.due, task.due)) add('sla', 'changed', key, `Due: ${describeDue(old.task.due)} → ${describeDue(task.due)}`);
    if (!sameJson(old.task.form, task.form)) add('form', 'changed', key, 'Form fields changed');
    if (!sameJson(old.task.escalation, task.escalation)) add('escalation', 'changed', key, 'Escalation ladder changed');
    diffOutcomes(old.task, task, add);
  }
  for (const [key, { task }] of oldTasks) if (!newTasks.has(key)) add('task', 'removed', key, `Task "${task.title}" removed`);
}

function diffOutcomes(old: Task, task: Task, add: Add) {
  const before = new Map((old.outcomes ?? []).map((outcome) => [outcome.key, outcome]));
  const after = new Map((task.outcomes ?? []).map((outcome) => [outcome.key, outcome]));
  for (const [key, outcome] of after) {
    const was = before.get(key);
    if (!was) add('outcome', 'added', `${task.key}/${key}`, `Outcome "${outcome.label}" added`);
    else if (was.label !== outcome.label) add('outcome', 'changed', `${task.key}/${key}`, `Label: ${was.label} → ${outcome.label}`);
  }
  for (const [key, outcome] of before) if (!after.has(key)) add('outcome', 'removed', `${task.key}/${key}`, `Outcome "${outcome.label}" removed`);
}

function transitionsByKey(doc: WorkflowDocument): Map<string, Transition> {
  const map = new Map<string, Transition>();
  for (const stage of doc.stages) for (const transition of stage.transitions ?? []) map.set(`${stage.key}/${transition.key}`, transition);
  return map;
}

function diffTransitions(base: WorkflowDocument, draft: WorkflowDocument, add: Add) {
  const before = transitionsByKey(base);
  const after = transitionsByKey(draft);
  for (const [key, transition] of after) {
    const old = before.get(key);
    if (!old) {
      add('transition', 'added', key, `Transition to ${transition.to} on ${transition.trigger} added`);
      continue;
    }
    if (old.to !== transition.to) add('transition', 'changed', key, `Target: ${old.to} → ${transition.to}`);
    for (const setting of ['trigger', 'task', 'outcome', 'decision', 'guard', 'label', 'startWorkflows'] as const) {
      if (!sameJson(old[setting], transition[setting])) {
        add('transition', 'changed', key, `${setting}: ${show(old[setting])} → ${show(transition[setting])}`);
      }
    }
    if (!sameJson(old.after, transition.after)) {
      add('sla', 'changed', key, `Timer: ${describeDue(old.after)} → ${describeDue(transition.after)}`);
    }
  }
  for (const [key, transition] of before) if (!after.has(key)) add('transition', 'removed', key, `Transition to ${transition.to} removed`);
}
