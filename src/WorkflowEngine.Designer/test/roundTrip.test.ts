import { describe, expect, it } from 'vitest';
import { applyGraphEdits, exportJson, fromGraph, importJson, toGraph } from '../src/model';
import { shippedWorkflowFiles } from './shippedWorkflows';

const files = shippedWorkflowFiles();

describe('Every shipped workflow', () => {
  it('is found', () => {
    expect(files.map((file) => file.name)).toContain('cce-referral.json');
  });

  it.each(files)('$name goes JSON to graph to JSON byte for byte', ({ text }) => {
    const imported = importJson(text);
    if (!imported.ok) throw new Error(imported.message);
    const back = fromGraph(imported.doc, toGraph(imported.doc));
    expect(back).not.toBe(imported.doc);
    expect(exportJson(back)).toBe(text);
    expect(exportJson(applyGraphEdits(back, []))).toBe(text);
  });

  it.each(files)('$name has a node for every stage and an edge for every transition', ({ text }) => {
    const imported = importJson(text);
    if (!imported.ok) throw new Error(imported.message);
    const graph = toGraph(imported.doc);
    const stages = imported.doc.stages;
    expect(graph.nodes.filter((node) => node.type === 'stage')).toHaveLength(stages.length);
    const transitions = stages.reduce((count, stage) => count + (stage.transitions?.length ?? 0), 0);
    expect(graph.edges.filter((edge) => edge.kind === 'transition')).toHaveLength(transitions);
    expect(new Set(graph.edges.map((edge) => edge.id)).size).toBe(graph.edges.length);
    expect(graph.nodes.some((node) => node.type === 'missing')).toBe(false);
  });
});

describe('The CCE referral graph', () => {
  const imported = importJson(files.find((file) => file.name === 'cce-referral.json')!.text);
  if (!imported.ok) throw new Error(imported.message);
  const graph = toGraph(imported.doc);

  it('names nodes and edges by stage and transition key', () => {
    expect(graph.nodes.map((node) => node.id)).toContain('stage:front-door');
    expect(graph.edges.map((edge) => edge.id)).toContain('transition:contact:urgent');
  });

  it('labels an edge with what fires it', () => {
    expect(graph.edges.find((edge) => edge.id === 'transition:contact:urgent')!.label).toBe('Decision: strategy-discussion');
    expect(graph.edges.find((edge) => edge.id === 'transition:front-door:nfa')!.label).toBe('Outcome: No further action');
  });

  it('shows linked workflows as their own nodes, whether started by hand or by a transition', () => {
    const linked = graph.nodes.filter((node) => node.type === 'linked').map((node) => node.id);
    expect(linked).toEqual(expect.arrayContaining(['linked:missing-episode', 'linked:nrm', 'linked:exclusion']));
    expect(graph.edges.some((edge) => edge.kind === 'start')).toBe(true);
  });
});

describe('Importing', () => {
  it('refuses a file with comments, saying why', () => {
    const result = importJson('{ // comment\n "stages": [] }');
    expect(result.ok).toBe(false);
  });

  it('refuses JSON that is not a workflow', () => {
    expect(importJson('[1, 2]').ok).toBe(false);
    expect(importJson('{"key": "x"}').ok).toBe(false);
  });
});
