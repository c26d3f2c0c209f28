import { canonicalOrder, withKey } from './keyOrder';
import { uniqueKey } from './keys';
import { replaceStage } from './stageEdits';
import type { Task, WorkflowDocument } from './types';

/** Task keys are unique across the whole workflow, not just the stage. */
export function allTaskKeys(doc: WorkflowDocument): string[] {
  return doc.stages.flatMap((stage) => (stage.tasks ?? []).map((task) => task.key));
}

/** Adds a task to a stage: the given owner, due in one working day, one outcome. */
export function addTask(
  doc: WorkflowDocument,
  stageIndex: number,
  owner: Task['owner'] = {},
): { doc: WorkflowDocument; taskIndex: number } {
  const stage = doc.stages[stageIndex];
  const task: Task = {
    key: uniqueKey('new-task', allTaskKeys(doc)),
    title: 'New task',
    owner,
    due: { workingDays: 1 },
    outcomes: [{ key: 'done', label: 'Done' }],
  };
  const tasks = [...(stage.tasks ?? []), task];
  return { doc: replaceStage(doc, stageIndex, withKey(stage, 'tasks', tasks, canonicalOrder.stage)), taskIndex: tasks.length - 1 };
}

/** Removes a task. Transitions that named it stay, so the validator can point at them. */
export function removeTask(doc: WorkflowDocument, stageIndex: number, taskIndex: number): WorkflowDocument {
  const stage = doc.stages[stageIndex];
  if (!stage?.tasks?.[taskIndex]) return doc;
  return replaceStage(doc, stageIndex, { ...stage, tasks: stage.tasks.filter((_, index) => index !== taskIndex) });
}

/** Replaces a task with an edited copy; a changed key is carried to the stage's outcome transitions. */
export function updateTask(doc: WorkflowDocument, stageIndex: number, taskIndex: number, edited: Task): WorkflowDocument {
  const stage = doc.stages[stageIndex];
  const current = stage?.tasks?.[taskIndex];
  if (!current || current === edited) return doc;
  const tasks = stage.tasks!.slice();
  tasks[taskIndex] = edited;
  let next = { ...stage, tasks };
  if (edited.key !== current.key && stage.transitions?.some((transition) => transition.task === current.key)) {
    next = {
      ...next,
      transitions: stage.transitions.map((transition) =>
        transition.task === current.key ? { ...transition, task: edited.key } : transition,
      ),
    };
  }
  return replaceStage(doc, stageIndex, next);
}
