import { stageNodeId, transitionEdgeId } from './graph';
import { problemField, selectionPath } from './problemFields';
import type { WorkflowDocument } from './types';

/** One problem the validator reported: `path` is like `$.stages[2].tasks[0].outcomes[1]`. */
export interface ValidationProblem {
  code: string;
  path: string;
  message: string;
}

/** What the side panel shows; indices point into the document. */
export type Selection =
  | { kind: 'workflow' }
  | { kind: 'stage'; stageIndex: number }
  | { kind: 'task'; stageIndex: number; taskIndex: number }
  | { kind: 'transition'; stageIndex: number; transitionIndex: number };

export interface ProblemTarget {
  problem: ValidationProblem;
  /** The canvas element to mark: a stage node id, a transition edge id, or none for the workflow. */
  elementId: string | undefined;
  selection: Selection;
  /** The field of the selection's form it concerns (see `problemField`), or none for the item as a whole. */
  field: string | undefined;
}

const stagePath = /^\$\.stages\[(\d+)\](?:\.(tasks|transitions)\[(\d+)\])?/;

/** Where on the canvas each problem belongs, and which panel to open to put it right. */
export function problemTargets(doc: WorkflowDocument, problems: readonly ValidationProblem[]): ProblemTarget[] {
  return problems.map((problem) => {
    const { elementId, selection } = locate(doc, problem.path ?? '');
    return { problem, elementId, selection, field: problemField(selection, problem.path ?? '') };
  });
}

function locate(doc: WorkflowDocument, path: string): { elementId: string | undefined; selection: Selection } {
  const match = stagePath.exec(path);
  const stageIndex = match ? Number(match[1]) : -1;
  const stage = doc.stages?.[stageIndex];
  if (!match || !stage) return { elementId: undefined, selection: { kind: 'workflow' } };
  const childIndex = Number(match[3]);
  if (match[2] === 'transitions' && stage.transitions?.[childIndex]) {
    return { elementId: transitionEdgeId(stage, childIndex), selection: { kind: 'transition', stageIndex, transitionIndex: childIndex } };
  }
  if (match[2] === 'tasks' && stage.tasks?.[childIndex]) {
    return { elementId: stageNodeId(stage.key), selection: { kind: 'task', stageIndex, taskIndex: childIndex } };
  }
  return { elementId: stageNodeId(stage.key), selection: { kind: 'stage', stageIndex } };
}

/** The problems a side-panel form shows: beside each field, and at the top for the item as a whole. */
export interface FormProblems {
  byField: Map<string, ValidationProblem[]>;
  whole: ValidationProblem[];
}

/** The problems that belong to the item the side panel shows, sorted by where they go. */
export function problemsForSelection(targets: readonly ProblemTarget[], selection: Selection): FormProblems {
  const result: FormProblems = { byField: new Map(), whole: [] };
  for (const target of targets) {
    if (!sameSelection(target.selection, selection)) continue;
    if (target.field === undefined) result.whole.push(target.problem);
    else result.byField.set(target.field, [...(result.byField.get(target.field) ?? []), target.problem]);
  }
  return result;
}

/** Problems per canvas element id, for the markers on nodes and edges. */
export function problemsByElement(targets: readonly ProblemTarget[]): Map<string, ValidationProblem[]> {
  const byElement = new Map<string, ValidationProblem[]>();
  for (const target of targets) {
    if (!target.elementId) continue;
    byElement.set(target.elementId, [...(byElement.get(target.elementId) ?? []), target.problem]);
  }
  return byElement;
}

/** Whether two selections show the same item. */
export function sameSelection(a: Selection, b: Selection): boolean {
  return selectionPath(a) === selectionPath(b);
}
