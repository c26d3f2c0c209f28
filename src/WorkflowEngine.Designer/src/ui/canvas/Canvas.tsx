import {
  applyNodeChanges, Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow,
  type Edge, type EdgeChange, type NodeChange,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { displayPositions } from '../../layout/autoLayout';
import {
  stageNodeId, storedPositions, toGraph, type GraphEdit, type PathMark, type Selection, type ValidationProblem, type WorkflowDocument,
} from '../../model';
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
  /** The simulated case's path, by stage node id, while the simulate panel has a result. */
  pathMarks: Map<string, PathMark> | undefined;
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

function CanvasInner({ doc, readOnly, selection, problems, pathMarks, focus, onSelect, onGraphEdits }: Props) {
  const graph = useMemo(() => toGraph(doc), [doc]);
  const positions = useMemo(() => displayPositions(doc, graph), [doc, graph]);
  const selectedId = selectedElementId(doc, selection);
  const derivedNodes = useMemo(
    () => flowNodes(graph, positions, problems, selectedId, pathMarks),
    [graph, positions, problems, selectedId, pathMarks],
  );
  const edges = useMemo(() => flowEdges(graph, problems, selectedId), [graph, problems, selectedId]);
  // Nodes are kept locally while dragging so they follow the pointer; the document only
  // hears about the move when the drag ends, as one undoable edit. A new document replaces them
  // during the same render (not in an effect), so React Flow never sees a stale selection.
  const [nodes, setNodes] = useState<DesignerNode[]>(derivedNodes);
  const [nodesFrom, setNodesFrom] = useState(derivedNodes);
  if (nodesFrom !== derivedNodes) {
    setNodesFrom(derivedNodes);
    setNodes(derivedNodes);
  }
  const { fitView } = useReactFlow();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!focus) return;
    const edge = graph.edges.find((candidate) => candidate.id === focus.elementId);
    const ids = edge ? [edge.source, edge.target] : [focus.elementId];
    void fitView({ nodes: ids.map((id) => ({ id })), duration: 300, maxZoom: 1.2, padding: 0.3 });
  }, [focus, graph, fitView]);

  // Selection is the editor's, not React Flow's: only a person's click or key press (a
  // `select` change) changes it, never React Flow echoing back the nodes it was given.
  const onNodesChange = useCallback((changes: NodeChange<DesignerNode>[]) => {
    const chosen = changes.find((change) => change.type === 'select' && change.selected);
    if (chosen && chosen.type === 'select') {
      const stageIndex = doc.stages.findIndex((stage) => `stage:${stage.key}` === chosen.id);
      if (stageIndex >= 0 && stageNodeId(doc.stages[stageIndex].key) !== selectedId) onSelect({ kind: 'stage', stageIndex });
    }
    // Removals go through onDelete so they become document edits; selection comes from props.
    const local = changes.filter((change) => change.type !== 'remove' && change.type !== 'select');
    if (local.length > 0) setNodes((current) => applyNodeChanges(local, current));
  }, [doc, selectedId, onSelect]);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const chosen = changes.find((change) => change.type === 'select' && change.selected);
    const edge = chosen?.type === 'select' ? edges.find((candidate) => candidate.id === chosen.id) : undefined;
    if (edge?.data?.kind === 'transition' && edge.id !== selectedId) {
      onSelect({ kind: 'transition', stageIndex: edge.data.stageIndex as number, transitionIndex: edge.data.transitionIndex as number });
    }
  }, [edges, selectedId, onSelect]);

  return (
    <div className="designer-canvas" aria-label="Workflow diagram" role="region" ref={container}>
      <ReactFlow<DesignerNode, Edge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onPaneClick={() => selectedId !== undefined && onSelect({ kind: 'workflow' })}
        onNodeDragStop={(_, __, dragged) => {
          // With no stored layout yet, store every node's place, or the others would jump.
          const moved = storedPositions(doc) ? dragged : nodes.map((node) => dragged.find((d) => d.id === node.id) ?? node);
          onGraphEdits(moved.map((node) => ({ type: 'move', nodeId: node.id, position: node.position })));
        }}
        onConnect={(connection) => onGraphEdits([{ type: 'connect', source: connection.source, target: connection.target }])}
        // Delete and Backspace reach React Flow from anywhere on the page; only act on them when
        // the diagram has focus, never while the author is on a button in the side panel.
        onBeforeDelete={async () => container.current?.contains(document.activeElement) ?? false}
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
        fitViewOptions={{ maxZoom: 1, padding: 0.1 }}
        minZoom={0.1}
      >
        <Background />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable ariaLabel="Minimap of the workflow" nodeClassName={(node) => `designer-minimap--${node.type}`} />
      </ReactFlow>
    </div>
  );
}
