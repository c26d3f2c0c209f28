import { canonicalOrder, withKey } from './keyOrder';
import { toKey, uniqueKey } from './keys';
import { renamePosition, setPosition } from './positions';
import type { Point, Stage, WorkflowDocument } from './types';

// Every edit returns a new document and leaves the one it was given untouched, so the undo
// history can keep snapshots and React can compare by reference.

export function replaceStage(doc: WorkflowDocument, stageIndex: number, stage: Stage): WorkflowDocument {
  if (doc.stages[stageIndex] === stage) return doc;
  const stages = doc.stages.slice();
  stages[stageIndex] = stage;
  return { ...doc, stages };
}

/** Adds a stage at the end; places it on the canvas when a position is given. */
export function addStage(doc: WorkflowDocument, name = 'New stage', position?: Point): { doc: WorkflowDocument; stageIndex: number } {
  const key = uniqueKey(toKey(name), doc.stages.map((stage) => stage.key));
  const stage: Stage = { key, name };
  let next: WorkflowDocument = { ...doc, stages: [...doc.stages, stage] };
  if (position) next = setPosition(next, key, position);
  return { doc: next, stageIndex: next.stages.length - 1 };
}

/** Removes a stage, the transitions that led into it and its position. */
export function removeStage(doc: WorkflowDocument, stageIndex: number): WorkflowDocument {
  const removed = doc.stages[stageIndex];
  if (!removed) return doc;
  const stages = doc.stages
    .filter((_, index) => index !== stageIndex)
    .map((stage) => {
      if (!stage.transitions?.some((transition) => transition.to === removed.key)) return stage;
      return { ...stage, transitions: stage.transitions.filter((transition) => transition.to !== removed.key) };
    });
  return renamePosition({ ...doc, stages }, removed.key, undefined);
}

/** Changes a stage's key and every reference to it: transitions' targets, the start stage and its position. */
export function renameStage(doc: WorkflowDocument, stageIndex: number, newKey: string): WorkflowDocument {
  const oldKey = doc.stages[stageIndex]?.key;
  if (oldKey === undefined || oldKey === newKey) return doc;
  const stages = doc.stages.map((stage, index) => {
    let next = index === stageIndex ? { ...stage, key: newKey } : stage;
    if (next.transitions?.some((transition) => transition.to === oldKey)) {
      next = {
        ...next,
        transitions: next.transitions!.map((transition) => (transition.to === oldKey ? { ...transition, to: newKey } : transition)),
      };
    }
    return next;
  });
  let next: WorkflowDocument = { ...doc, stages };
  if (doc.startStage === oldKey) next = { ...next, startStage: newKey };
  return renamePosition(next, oldKey, newKey);
}

/**
 * Replaces a stage with an edited copy from the side panel. A changed key is carried to every
 * reference first, so renaming never leaves a dangling transition.
 */
export function updateStage(doc: WorkflowDocument, stageIndex: number, edited: Stage): WorkflowDocument {
  const current = doc.stages[stageIndex];
  if (!current) return doc;
  let next = doc;
  if (edited.key !== current.key) next = renameStage(next, stageIndex, edited.key);
  // Keep the transitions as renameStage left them unless the panel changed them itself.
  const transitions = edited.transitions === current.transitions ? next.stages[stageIndex].transitions : edited.transitions;
  return replaceStage(next, stageIndex, withKey(edited, 'transitions', transitions, canonicalOrder.stage));
}

/** Sets the workflow's own settings (name, description, calendar, start stage, linked workflows). */
export function updateWorkflowSetting(doc: WorkflowDocument, key: string, value: unknown): WorkflowDocument {
  return withKey(doc, key, value, canonicalOrder.workflow);
}
