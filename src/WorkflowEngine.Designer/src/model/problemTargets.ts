import { stageNodeId, transitionEdgeId } from './graph';
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
}

const stagePath = /^\$\.stages\[(\d+)\](?:\.(tasks|transitions)\[(\d+)\])?/;

/** Where on the canvas each problem belongs, and which panel to open to put it right. */
export function problemTargets(doc: WorkflowDocument, problems: readonly ValidationProblem[]): ProblemTarget[] {
  return problems.map((problem) => {
    const match = stagePath.exec(problem.path ?? '');
    const stageIndex = match ? Number(match[1]) : -1;
    const stage = doc.stages?.[stageIndex];
    if (!match || !stage) return { problem, elementId: undefined, selection: { kind: 'workflow' } };
    const childIndex = Number(match[3]);
    if (match[2] === 'transitions' && stage.transitions?.[childIndex]) {
      return {
        problem,
        elementId: transitionEdgeId(stage, childIndex),
        selection: { kind: 'transition', stageIndex, transitionIndex: childIndex },
      };
    }
    if (match[2] === 'tasks' && stage.tasks?.[childIndex]) {
      return { problem, elementId: stageNodeId(stage.key), selection: { kind: 'task', stageIndex, taskIndex: childIndex } };
    }
    return { problem, elementId: stageNodeId(stage.key), selection: { kind: 'stage', stageIndex } };
  });
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
