import dagre from '@dagrejs/dagre';
import { positionKey, storedPositions, type Graph, type GraphNode, type Point, type WorkflowDocument } from '../model';

// Layout is kept out of the model's editing functions: opening a workflow that has no stored
// positions lays it out for display only, so the document is not marked changed.

export const nodeWidth = 260;

/** The canvas draws stage nodes taller the more tasks they hold; dagre needs the same sizes. */
export function nodeSize(node: GraphNode): { width: number; height: number } {
  if (node.type !== 'stage') return { width: 200, height: 60 };
  const tasks = node.data.stage.tasks?.length ?? 0;
  return { width: nodeWidth, height: 76 + tasks * 58 + (node.data.stage.decision ? 22 : 0) };
}

/** Top-left positions for every node of the graph, laid out top to bottom by dagre. */
export function autoLayout(graph: Graph): Record<string, Point> {
  const layout = new dagre.graphlib.Graph({ multigraph: true });
  layout.setGraph({ rankdir: 'TB', nodesep: 60, ranksep: 90, edgesep: 20 });
  layout.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) layout.setNode(node.id, nodeSize(node));
  for (const edge of graph.edges) {
    if (edge.source !== edge.target) layout.setEdge(edge.source, edge.target, { width: 120, height: 20 }, edge.id);
  }
  dagre.layout(layout);
  const positions: Record<string, Point> = {};
  for (const node of graph.nodes) {
    const placed = layout.node(node.id);
    const size = nodeSize(node);
    positions[node.id] = { x: Math.round(placed.x - size.width / 2), y: Math.round(placed.y - size.height / 2) };
  }
  return positions;
}

/**
 * Where each node is drawn, by node id: the stored position where there is one; with no stored
 * positions at all, dagre's layout; a node added since the last layout goes below the others.
 */
export function displayPositions(doc: WorkflowDocument, graph: Graph): Record<string, Point> {
  const stored = storedPositions(doc);
  if (!stored || Object.keys(stored).length === 0) return autoLayout(graph);
  const positions: Record<string, Point> = {};
  let lowest = 0;
  for (const node of graph.nodes) {
    const key = positionKey(node.id);
    const point = key ? stored[key] : undefined;
    if (point) {
      positions[node.id] = point;
      lowest = Math.max(lowest, point.y + nodeSize(node).height);
    }
  }
  let column = 0;
  for (const node of graph.nodes) {
    if (positions[node.id]) continue;
    positions[node.id] = { x: column * (nodeWidth + 40), y: lowest + 80 };
    column++;
  }
  return positions;
}

/** Positions to store after "Auto-layout": by position key, for the nodes that have one. */
export function layoutForStorage(graph: Graph): Record<string, Point> {
  const byNode = autoLayout(graph);
  const result: Record<string, Point> = {};
  for (const [nodeId, point] of Object.entries(byNode)) {
    const key = positionKey(nodeId);
    if (key) result[key] = point;
  }
  return result;
}
