import { canonicalOrder, withKey } from './keyOrder';
import { uniqueKey } from './keys';
import { replaceStage } from './stageEdits';
import type { Transition, WorkflowDocument } from './types';

/** Adds a transition by hand from one stage to another; the author then chooses its trigger. */
export function addTransition(
  doc: WorkflowDocument,
  stageIndex: number,
  to: string,
): { doc: WorkflowDocument; transitionIndex: number } {
  const stage = doc.stages[stageIndex];
  const existing = stage.transitions ?? [];
  const transition: Transition = {
    key: uniqueKey(`to-${to}`, existing.map((t) => t.key)),
    to,
    trigger: 'manual',
  };
  const transitions = [...existing, transition];
  return {
    doc: replaceStage(doc, stageIndex, withKey(stage, 'transitions', transitions, canonicalOrder.stage)),
    transitionIndex: transitions.length - 1,
  };
}

export function removeTransition(doc: WorkflowDocument, stageIndex: number, transitionIndex: number): WorkflowDocument {
  const stage = doc.stages[stageIndex];
  if (!stage?.transitions?.[transitionIndex]) return doc;
  return replaceStage(doc, stageIndex, { ...stage, transitions: stage.transitions.filter((_, index) => index !== transitionIndex) });
}

export function updateTransition(doc: WorkflowDocument, stageIndex: number, transitionIndex: number, edited: Transition): WorkflowDocument {
  const stage = doc.stages[stageIndex];
  if (!stage?.transitions?.[transitionIndex] || stage.transitions[transitionIndex] === edited) return doc;
  const transitions = stage.transitions.slice();
  transitions[transitionIndex] = edited;
  return replaceStage(doc, stageIndex, { ...stage, transitions });
}

/** Stops a transition from starting one linked workflow (deleting a dashed "starts" edge). */
export function removeStartedWorkflow(doc: WorkflowDocument, stageIndex: number, transitionIndex: number, workflowKey: string): WorkflowDocument {
  const transition = doc.stages[stageIndex]?.transitions?.[transitionIndex];
  if (!transition?.startWorkflows) return doc;
  const remaining = transition.startWorkflows.filter((key) => key !== workflowKey);
  const edited = withKey(transition, 'startWorkflows', remaining.length > 0 ? remaining : undefined, canonicalOrder.transition);
  return updateTransition(doc, stageIndex, transitionIndex, edited);
}
