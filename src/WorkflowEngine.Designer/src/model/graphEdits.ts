import { positionKey, toGraph } from './graph';
import { setPositions } from './positions';
import { removeStage } from './stageEdits';
import { addTransition, removeStartedWorkflow, removeTransition } from './transitionEdits';
import type { Point, WorkflowDocument } from './types';

/** A gesture on the canvas, in the canvas's own terms (node and edge ids). */
export type GraphEdit =
  | { type: 'move'; nodeId: string; position: Point }
  | { type: 'connect'; source: string; target: string }
  | { type: 'removeNode'; nodeId: string }
  | { type: 'removeEdge'; edgeId: string };

/**
 * Turns canvas gestures into document edits. Removals are applied last-first by index so that
 * removing two transitions of one stage does not shift the second one's index.
 */
export function applyGraphEdits(doc: WorkflowDocument, edits: GraphEdit[]): WorkflowDocument {
  let next = doc;
  const moves: Record<string, Point> = {};
  for (const edit of edits) {
    if (edit.type === 'move') {
      const key = positionKey(edit.nodeId);
      if (key) moves[key] = edit.position;
    } else if (edit.type === 'connect') {
      const sourceIndex = next.stages.findIndex((stage) => `stage:${stage.key}` === edit.source);
      const target = next.stages.find((stage) => `stage:${stage.key}` === edit.target);
      if (sourceIndex >= 0 && target) next = addTransition(next, sourceIndex, target.key).doc;
    }
  }
  if (Object.keys(moves).length > 0) next = setPositions(next, moves);

  const graph = toGraph(next);
  const removedEdges = edits
    .filter((edit): edit is Extract<GraphEdit, { type: 'removeEdge' }> => edit.type === 'removeEdge')
    .map((edit) => graph.edges.find((edge) => edge.id === edit.edgeId))
    .filter((edge) => edge !== undefined)
    .sort((a, b) =>
      b.stageIndex - a.stageIndex
      || b.transitionIndex - a.transitionIndex
      // A transition's "starts" edge goes before the transition itself, while its index still holds.
      || (a.kind === b.kind ? 0 : a.kind === 'start' ? -1 : 1));
  for (const edge of removedEdges) {
    next = edge.kind === 'start'
      ? removeStartedWorkflow(next, edge.stageIndex, edge.transitionIndex, edge.target.slice('linked:'.length))
      : removeTransition(next, edge.stageIndex, edge.transitionIndex);
  }

  const removedStages = edits
    .filter((edit): edit is Extract<GraphEdit, { type: 'removeNode' }> => edit.type === 'removeNode')
    .map((edit) => next.stages.findIndex((stage) => `stage:${stage.key}` === edit.nodeId))
    .filter((index) => index >= 0)
    .sort((a, b) => b - a);
  for (const index of removedStages) next = removeStage(next, index);
  return next;
}
