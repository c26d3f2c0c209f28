import {
  applyNodeChanges, Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow,
  type Edge, type NodeChange, type OnSelectionChangeParams,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { displayPositions } from '../../layout/autoLayout';
import { storedPositions, toGraph, type GraphEdit, type Selection, type ValidationProblem, type WorkflowDocument } from '../../model';
import { flowEdges, flowNodes, selectedElementId } from './flowElements';
import { nodeTypes, type DesignerNode } from './nodeTypes';

export interface FocusRequest {
  elementId: string;
  /** Changes on every request, so asking for the same element twice still moves the view. */
  nonce: number;
}

interface Props {
  doc: WorkflowDocument;
  readOnly: boolean;
  selection: Selection;
  problems: Map<string, ValidationProblem[]>;
  focus: FocusRequest | undefined;
  onSelect: (selection: Selection) => void;
  onGraphEdits: (edits: GraphEdit[]) => void;
}

/** The diagram: stages as nodes, transitions as edges, with zoom, fit and a minimap. */
export function Canvas(props: Props) {
  return (
    <ReactFlowProvider>
      <CanvasInner {...props} />
    </ReactFlowProvider>
  );
}

function CanvasInner({ doc, readOnly, selection, problems, focus, onSelect, onGraphEdits }: Props) {
  const graph = useMemo(() => toGraph(doc), [doc]);
  const positions = useMemo(() => displayPositions(doc, graph), [doc, graph]);
  const selectedId = selectedElementId(doc, selection);
  const derivedNodes = useMemo(() => flowNodes(graph, positions, problems, selectedId), [graph, positions, problems, selectedId]);
  const edges = useMemo(() => flowEdges(graph, problems, selectedId), [graph, problems, selectedId]);
  // Nodes are kept locally while dragging so they follow the pointer; the document only
  // hears about the move when the drag ends, as one undoable edit.
  const [nodes, setNodes] = useState<DesignerNode[]>(derivedNodes);
  useEffect(() => setNodes(derivedNodes), [derivedNodes]);
  const { fitView } = useReactFlow();

  useEffect(() => {
    if (!focus) return;
    const edge = graph.edges.find((candidate) => candidate.id === focus.elementId);
    const ids = edge ? [edge.source, edge.target] : [focus.elementId];
    void fitView({ nodes: ids.map((id) => ({ id })), duration: 300, maxZoom: 1.2, padding: 0.3 });
  }, [focus, graph, fitView]);

  const onNodesChange = useCallback((changes: NodeChange<DesignerNode>[]) => {
    // Removals go through onDelete so they become document edits.
    setNodes((current) => applyNodeChanges(changes.filter((change) => change.type !== 'remove'), current));
  }, []);

  const onSelectionChange = useCallback(({ nodes: selectedNodes, edges: selectedEdges }: OnSelectionChangeParams) => {
    const edge = selectedEdges[0] as Edge | undefined;
    const node = selectedNodes[0];
    let next: Selection = { kind: 'workflow' };
    if (edge?.data && edge.data.kind === 'transition') {
      next = { kind: 'transition', stageIndex: edge.data.stageIndex as number, transitionIndex: edge.data.transitionIndex as number };
    } else if (node?.type === 'stage') {
      const stageIndex = doc.stages.findIndex((stage) => `stage:${stage.key}` === node.id);
      if (stageIndex >= 0) next = { kind: 'stage', stageIndex };
    }
    const nextId = selectedElementId(doc, next);
    if (nextId !== selectedId) onSelect(next);
  }, [doc, selectedId, onSelect]);

  return (
    <div className="designer-canvas" aria-label="Workflow diagram" role="region">
      <ReactFlow<DesignerNode, Edge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onSelectionChange={onSelectionChange}
        onNodeDragStop={(_, __, dragged) => {
          // With no stored layout yet, store every node's place, or the others would jump.
          const moved = storedPositions(doc) ? dragged : nodes.map((node) => dragged.find((d) => d.id === node.id) ?? node);
          onGraphEdits(moved.map((node) => ({ type: 'move', nodeId: node.id, position: node.position })));
        }}
        onConnect={(connection) => onGraphEdits([{ type: 'connect', source: connection.source, target: connection.target }])}
        onDelete={({ nodes: removedNodes, edges: removedEdges }) =>
          onGraphEdits([
            ...removedNodes.map((node): GraphEdit => ({ type: 'removeNode', nodeId: node.id })),
            ...removedEdges.map((edge): GraphEdit => ({ type: 'removeEdge', edgeId: edge.id })),
          ])}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={false}
        deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
        multiSelectionKeyCode={null}
        fitView
        minZoom={0.1}
        proOptions={{ hideAttribution: false }}
      >
        <Background />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable ariaLabel="Minimap of the workflow" nodeClassName={(node) => `designer-minimap--${node.type}`} />
      </ReactFlow>
    </div>
  );
}
