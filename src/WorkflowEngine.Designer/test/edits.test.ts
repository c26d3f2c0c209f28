import { describe, expect, it } from 'vitest';
import {
  addStage, addTransition, applyGraphEdits, exportJson, removeStage, renameStage, setPosition,
  toGraph, updateTask, withKey, type WorkflowDocument,
} from '../src/model';
import { shippedWorkflow } from './shippedWorkflows';

const doc: WorkflowDocument = shippedWorkflow('missing-episode.json');

describe('Positions', () => {
  it('a moved node round trips into the designer object at the end of the document', () => {
    const moved = applyGraphEdits(doc, [{ type: 'move', nodeId: 'stage:closed', position: { x: 10.4, y: 20.6 } }]);
    expect(moved.designer).toEqual({ positions: { closed: { x: 10, y: 21 } } });
    expect(Object.keys(moved).at(-1)).toBe('designer');
    const reread = JSON.parse(exportJson(moved)) as WorkflowDocument;
    expect(reread.designer?.positions?.closed).toEqual({ x: 10, y: 21 });
  });

  it('moving a node to where it already is changes nothing', () => {
    const moved = setPosition(doc, 'closed', { x: 1, y: 2 });
    expect(setPosition(moved, 'closed', { x: 1, y: 2 })).toBe(moved);
  });

  it('keeps other designer settings', () => {
    const withZoom = { ...doc, designer: { zoom: 2 } };
    expect(setPosition(withZoom, 'closed', { x: 0, y: 0 }).designer).toEqual({ zoom: 2, positions: { closed: { x: 0, y: 0 } } });
  });
});

describe('Editing keeps key order', () => {
  it('a new key goes where the format puts it', () => {
    const stage = { key: 'a', name: 'A', transitions: [] };
    expect(Object.keys(withKey(stage, 'description', 'Why'))).toEqual(['key', 'name', 'transitions', 'description']);
    expect(Object.keys(withKey(stage, 'description', 'Why', ['key', 'name', 'description', 'transitions']))).toEqual([
      'key', 'name', 'description', 'transitions',
    ]);
  });

  it('a changed key stays in place and a removed one goes', () => {
    const task = doc.stages[0].tasks![0];
    const edited = updateTask(doc, 0, 0, withKey(withKey(task, 'title', 'RHI'), 'form', undefined));
    expect(Object.keys(edited.stages[0].tasks![0])).toEqual(['key', 'title', 'owner', 'due', 'outcomes', 'escalation']);
  });

  it('unknown keys survive an edit', () => {
    const withExtra = { ...doc, futureSetting: { a: 1 } } as WorkflowDocument;
    const edited = addStage(withExtra, 'Extra').doc;
    expect(edited.futureSetting).toEqual({ a: 1 });
  });
});

describe('Stage edits', () => {
  it('renaming a stage carries the new key to transitions, the start stage and its position', () => {
    const positioned = setPosition(doc, 'return-home-interview', { x: 5, y: 5 });
    const renamed = renameStage(positioned, 0, 'interview');
    expect(renamed.startStage).toBe('interview');
    expect(renamed.designer?.positions).toEqual({ interview: { x: 5, y: 5 } });
    const closed = renameStage(doc, 1, 'done');
    expect(closed.stages[0].transitions!.map((transition) => transition.to)).toEqual(['done', 'done']);
  });

  it('removing a stage removes the transitions into it', () => {
    const removed = removeStage(doc, 1);
    expect(removed.stages.map((stage) => stage.key)).toEqual(['return-home-interview']);
    expect(removed.stages[0].transitions).toEqual([]);
  });

  it('a new stage gets a unique key', () => {
    const once = addStage(doc, 'Closed').doc;
    expect(once.stages.at(-1)!.key).toBe('closed-2');
  });

  it('connecting two stages adds a manual transition with a unique key', () => {
    const connected = applyGraphEdits(doc, [
      { type: 'connect', source: 'stage:return-home-interview', target: 'stage:closed' },
      { type: 'connect', source: 'stage:return-home-interview', target: 'stage:closed' },
    ]);
    const keys = connected.stages[0].transitions!.map((transition) => transition.key);
    expect(keys).toEqual(['held', 'declined', 'to-closed', 'to-closed-2']);
    expect(connected.stages[0].transitions![2]).toEqual({ key: 'to-closed', to: 'closed', trigger: 'manual' });
  });

  it('deleting edges removes the right transitions', () => {
    const graph = toGraph(doc);
    const edited = applyGraphEdits(doc, graph.edges.map((edge) => ({ type: 'removeEdge', edgeId: edge.id })));
    expect(edited.stages[0].transitions).toEqual([]);
  });

  it('adding a transition to a final stage creates its list', () => {
    const edited = addTransition(doc, 1, 'return-home-interview').doc;
    expect(Object.keys(edited.stages[1])).toEqual(['key', 'name', 'description', 'final', 'transitions']);
  });
});

describe('The graph of a half-finished workflow', () => {
  it('shows a transition to a stage that does not exist as a marked placeholder node', () => {
    const broken = addTransition(doc, 1, 'nowhere').doc;
    const graph = toGraph(broken);
    expect(graph.nodes.find((node) => node.id === 'missing:nowhere')?.type).toBe('missing');
    expect(graph.edges.find((edge) => edge.id === 'transition:closed:to-nowhere')?.target).toBe('missing:nowhere');
  });
});
