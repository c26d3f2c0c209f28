import { layoutForStorage } from '../layout/autoLayout';
import { addTask, addTransition, removeStage, removeTask, removeTransition, setPositions, toGraph, type GraphEdit, type Selection, type WorkflowDocument } from '../model';

/** Deletes whatever the selection points at. */
export function deleteSelection(doc: WorkflowDocument, selection: Selection): WorkflowDocument {
  switch (selection.kind) {
    case 'stage':
      return removeStage(doc, selection.stageIndex);
    case 'task':
      return removeTask(doc, selection.stageIndex, selection.taskIndex);
    case 'transition':
      return removeTransition(doc, selection.stageIndex, selection.transitionIndex);
    default:
      return doc;
  }
}

/** Stores a fresh dagre layout of every node: "Auto-layout" is an edit the author can undo. */
export function layoutAll(doc: WorkflowDocument): WorkflowDocument {
  return setPositions(doc, layoutForStorage(toGraph(doc)));
}

/** After a canvas gesture: a new connection opens its transition; a removal clears the panel. */
export function selectionAfterGraphEdits(before: WorkflowDocument, after: WorkflowDocument, edits: GraphEdit[]): Selection | undefined {
  if (edits.some((edit) => edit.type === 'removeNode' || edit.type === 'removeEdge')) return { kind: 'workflow' };
  const connect = edits.find((edit) => edit.type === 'connect');
  if (!connect) return undefined;
  const stageIndex = after.stages.findIndex((stage) => `stage:${stage.key}` === connect.source);
  const count = after.stages[stageIndex]?.transitions?.length ?? 0;
  if (stageIndex < 0 || count === (before.stages[stageIndex]?.transitions?.length ?? 0)) return undefined;
  return { kind: 'transition', stageIndex, transitionIndex: count - 1 };
}

/** Adds a task to a stage, owned by the first agency until the author chooses, and selects it. */
export function addTaskTo(doc: WorkflowDocument, stageIndex: number, firstAgency: string | undefined): { doc: WorkflowDocument; selection: Selection } {
  const added = addTask(doc, stageIndex, { agency: firstAgency ?? '' });
  return { doc: added.doc, selection: { kind: 'task', stageIndex, taskIndex: added.taskIndex } };
}

/** Adds a manual transition from a stage to the first other stage (the author then picks the target), and selects it. */
export function addTransitionFrom(doc: WorkflowDocument, stageIndex: number): { doc: WorkflowDocument; selection: Selection } {
  const from = doc.stages[stageIndex];
  const target = doc.stages.find((candidate) => candidate.key !== from.key)?.key ?? from.key;
  const added = addTransition(doc, stageIndex, target);
  return { doc: added.doc, selection: { kind: 'transition', stageIndex, transitionIndex: added.transitionIndex } };
}
