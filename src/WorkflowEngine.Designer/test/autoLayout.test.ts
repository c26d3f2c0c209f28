import { describe, expect, it } from 'vitest';
import { displayPositions, layoutForStorage } from '../src/layout/autoLayout';
import { exportJson, setPositions, toGraph } from '../src/model';
import { shippedWorkflow } from './shippedWorkflows';

const doc = shippedWorkflow('cce-referral.json');

describe('Laying out', () => {
  it('a workflow without positions is laid out for display without changing the document', () => {
    const before = exportJson(doc);
    const graph = toGraph(doc);
    const positions = displayPositions(doc, graph);
    expect(Object.keys(positions).sort()).toEqual(graph.nodes.map((node) => node.id).sort());
    expect(exportJson(doc)).toBe(before);
  });

  it('the start stage is laid out above the stages it leads to', () => {
    const positions = displayPositions(doc, toGraph(doc));
    expect(positions['stage:contact'].y).toBeLessThan(positions['stage:front-door'].y);
  });

  it('stored positions are used as they are, and a new node is placed below them', () => {
    const stored = setPositions(doc, layoutForStorage(toGraph(doc)));
    const withNewStage = { ...stored, stages: [...stored.stages, { key: 'extra', name: 'Extra' }] };
    const positions = displayPositions(withNewStage, toGraph(withNewStage));
    expect(positions['stage:contact']).toEqual(stored.designer!.positions!.contact);
    const lowest = Math.max(...Object.values(stored.designer!.positions!).map((point) => point.y));
    expect(positions['stage:extra'].y).toBeGreaterThan(lowest);
  });
});
