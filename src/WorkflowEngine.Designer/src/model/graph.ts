import { describeTrigger } from './describe';
import type { Stage, Transition, WorkflowDocument } from './types';

// The canvas's view of a document. The document stays the single source of truth: the graph is
// recomputed from it after every edit, and canvas gestures become document edits (edits.ts).

export type GraphNode =
  | { id: string; type: 'stage'; data: { stageIndex: number; stage: Stage; isStart: boolean } }
  | { id: string; type: 'linked'; data: { workflowKey: string; byHand: boolean } }
  | { id: string; type: 'missing'; data: { stageKey: string } };

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** `transition` moves the case; `start` starts a linked workflow for the same child. */
  kind: 'transition' | 'start';
  label: string;
  stageIndex: number;
  transitionIndex: number;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const stageNodeId = (stageKey: string) => `stage:${stageKey}`;
export const linkedNodeId = (workflowKey: string) => `linked:${workflowKey}`;
export const missingNodeId = (stageKey: string) => `missing:${stageKey}`;

/** Edge id of a transition: by its key, or by its index where the key is missing or repeated. */
export function transitionEdgeId(stage: Stage, transitionIndex: number): string {
  const transitions = stage.transitions ?? [];
  const key = transitions[transitionIndex]?.key;
  const unique = key && transitions.findIndex((t) => t.key === key) === transitionIndex;
  return `transition:${stage.key}:${unique ? key : transitionIndex}`;
}

/** Builds nodes for stages and linked workflows, and edges for transitions and linked-track starts. */
export function toGraph(doc: WorkflowDocument): Graph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const stages = doc.stages ?? [];
  const stageKeys = new Set(stages.map((stage) => stage.key));
  const linked = new Map<string, boolean>();
  for (const key of doc.linkedWorkflows ?? []) linked.set(key, true);
  const missing = new Set<string>();

  stages.forEach((stage, stageIndex) => {
    nodes.push({ id: stageNodeId(stage.key), type: 'stage', data: { stageIndex, stage, isStart: stage.key === doc.startStage } });
    (stage.transitions ?? []).forEach((transition: Transition, transitionIndex) => {
      const edgeId = transitionEdgeId(stage, transitionIndex);
      if (!stageKeys.has(transition.to)) missing.add(transition.to);
      const target = stageKeys.has(transition.to) ? stageNodeId(transition.to) : missingNodeId(transition.to);
      edges.push({
        id: edgeId,
        source: stageNodeId(stage.key),
        target,
        kind: 'transition',
        label: describeTrigger(transition, stage),
        stageIndex,
        transitionIndex,
      });
      for (const workflowKey of transition.startWorkflows ?? []) {
        if (!linked.has(workflowKey)) linked.set(workflowKey, false);
        edges.push({
          id: `start:${edgeId.slice('transition:'.length)}:${workflowKey}`,
          source: stageNodeId(stage.key),
          target: linkedNodeId(workflowKey),
          kind: 'start',
          label: `Starts ${workflowKey}`,
          stageIndex,
          transitionIndex,
        });
      }
    });
  });

  for (const stageKey of missing) nodes.push({ id: missingNodeId(stageKey), type: 'missing', data: { stageKey } });
  for (const [workflowKey, byHand] of linked) {
    nodes.push({ id: linkedNodeId(workflowKey), type: 'linked', data: { workflowKey, byHand } });
  }
  return { nodes, edges };
}

/** The key a node's position is kept under in `designer.positions`: a stage key, or `linked:<key>`. */
export function positionKey(nodeId: string): string | undefined {
  if (nodeId.startsWith('stage:')) return nodeId.slice('stage:'.length);
  if (nodeId.startsWith('linked:')) return nodeId;
  return undefined;
}

/**
 * The document a graph shows: the stages its stage nodes carry, in node order, over the rest of
 * the document. Together with `toGraph` this is the canvas's round trip.
 */
export function fromGraph(doc: WorkflowDocument, graph: Graph): WorkflowDocument {
  const stages = graph.nodes.flatMap((node) => (node.type === 'stage' ? [node.data.stage] : []));
  return { ...doc, stages };
}
