import { stageNodeId } from './graph';

/** Where a stage stands on a simulated case's path: the steps at which it was entered, and whether the case is there now. */
export interface PathMark {
  steps: number[];
  current: boolean;
  /** The case is closed, so where it is now is where it ended. */
  closed: boolean;
}

/** The stages a simulated case passed through, by canvas node id; the last entry is where it is now. */
export function simulationMarks(path: readonly { stage: string }[], closed: boolean): Map<string, PathMark> {
  const marks = new Map<string, PathMark>();
  path.forEach((entry, index) => {
    const id = stageNodeId(entry.stage);
    const mark = marks.get(id) ?? { steps: [], current: false, closed };
    mark.steps.push(index + 1);
    mark.current = index === path.length - 1;
    marks.set(id, mark);
  });
  return marks;
}

/** The words on a stage's badges: "Step 2", "Steps 1 and 3", and "Now here" (or "Ended here") for the current one. */
export function describePathMark(mark: PathMark): { steps: string; now: string | undefined } {
  const numbers = mark.steps.map(String);
  const steps = numbers.length === 1
    ? `Step ${numbers[0]}`
    : `Steps ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
  return { steps, now: mark.current ? (mark.closed ? 'Ended here' : 'Now here') : undefined };
}
