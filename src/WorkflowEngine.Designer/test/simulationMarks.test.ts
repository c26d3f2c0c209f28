import { describe, expect, it } from 'vitest';
import { describePathMark, simulationMarks } from '../src/model';

const path = (...stages: string[]) => stages.map((stage) => ({ stage }));

describe('Marking the simulated path on the diagram', () => {
  it('numbers the stages in the order the case entered them and marks the last as current', () => {
    const marks = simulationMarks(path('contact', 'front-door', 'screening'), false);

    expect([...marks.keys()]).toEqual(['stage:contact', 'stage:front-door', 'stage:screening']);
    expect(marks.get('stage:front-door')).toEqual({ steps: [2], current: false, closed: false });
    expect(marks.get('stage:screening')).toEqual({ steps: [3], current: true, closed: false });
  });

  it('gives a stage entered twice both step numbers', () => {
    const marks = simulationMarks(path('a', 'b', 'a'), false);

    expect(marks.get('stage:a')).toEqual({ steps: [1, 3], current: true, closed: false });
    expect(marks.get('stage:b')?.current).toBe(false);
  });

  it('marks nothing for an empty path', () => {
    expect(simulationMarks([], false).size).toBe(0);
  });

  it('words the badges, saying where an open case is now and where a closed one ended', () => {
    expect(describePathMark({ steps: [2], current: false, closed: false })).toEqual({ steps: 'Step 2', now: undefined });
    expect(describePathMark({ steps: [1, 3], current: true, closed: false })).toEqual({ steps: 'Steps 1 and 3', now: 'Now here' });
    expect(describePathMark({ steps: [1, 3, 5], current: true, closed: true })).toEqual({ steps: 'Steps 1, 3 and 5', now: 'Ended here' });
  });
});
