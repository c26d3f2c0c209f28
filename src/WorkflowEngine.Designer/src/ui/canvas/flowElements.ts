import { MarkerType, type Edge } from '@xyflow/react';
import type { Graph, PathMark, Point, Selection, ValidationProblem, WorkflowDocument } from '../../model';
import { describePathMark, stageNodeId, transitionEdgeId } from '../../model';
import type { DesignerNode } from './nodeTypes';

/** The canvas element a side-panel selection corresponds to. */
export function selectedElementId(doc: WorkflowDocument, selection: Selection): string | undefined {
  if (selection.kind === 'workflow') return undefined;
  const stage = doc.stages[selection.stageIndex];
  if (!stage) return undefined;
  if (selection.kind === 'transition') return transitionEdgeId(stage, selection.transitionIndex);
  return stageNodeId(stage.key);
}

export function flowNodes(
  graph: Graph,
  positions: Record<string, Point>,
  problems: Map<string, ValidationProblem[]>,
  selectedId: string | undefined,
  pathMarks?: Map<string, PathMark>,
): DesignerNode[] {
  return graph.nodes.map((node): DesignerNode => {
    const common = { id: node.id, position: positions[node.id] ?? { x: 0, y: 0 }, selected: node.id === selectedId };
    switch (node.type) {
      case 'stage': {
        const mark = pathMarks?.get(node.id);
        const words = mark && describePathMark(mark);
        const onPath = words ? `, simulated path ${words.steps.toLowerCase()}${words.now ? `, ${words.now.toLowerCase()}` : ''}` : '';
        return {
          ...common,
          type: 'stage',
          ariaLabel: `Stage ${node.data.stage.name}${problems.has(node.id) ? ', has problems' : ''}${onPath}`,
          data: { stage: node.data.stage, isStart: node.data.isStart, problems: problems.get(node.id) ?? [], pathMark: mark },
        };
      }
      case 'linked':
        return { ...common, type: 'linked', selectable: false, deletable: false, ariaLabel: `Linked workflow ${node.data.workflowKey}`, data: node.data };
      case 'missing':
        return { ...common, type: 'missing', selectable: false, deletable: false, data: { stageKey: node.data.stageKey, problems: [] } };
    }
  });
}

export function flowEdges(graph: Graph, problems: Map<string, ValidationProblem[]>, selectedId: string | undefined): Edge[] {
  return graph.edges.map((edge): Edge => {
    const edgeProblems = problems.get(edge.id) ?? [];
    const className = [
      'designer-edge',
      `designer-edge--${edge.kind}`,
      edgeProblems.length > 0 ? 'designer-edge--problem' : '',
    ].filter(Boolean).join(' ');
    const label = edgeProblems.length > 0 ? `⚠ Problem: ${edgeProblems[0].message} (${edge.label})` : edge.label;
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: 'smoothstep',
      label,
      className,
      selected: edge.id === selectedId,
      selectable: edge.kind === 'transition',
      ariaLabel: `Transition ${edge.label}${edgeProblems.length > 0 ? ', has problems' : ''}`,
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      labelBgPadding: [4, 2],
      labelBgBorderRadius: 2,
      data: { stageIndex: edge.stageIndex, transitionIndex: edge.transitionIndex, kind: edge.kind },
    };
  });
}
