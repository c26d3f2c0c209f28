// Undo and redo over whole-document snapshots. Documents are immutable and share unchanged parts,
// so a snapshot costs little; the cap bounds memory on a long editing session.

export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  readonly cap: number;
}

export const defaultHistoryCap = 100;

export function createHistory<T>(present: T, cap = defaultHistoryCap): History<T> {
  if (cap < 1) throw new RangeError(`The history cap must be at least 1, not ${cap}.`);
  return { past: [], present, future: [], cap };
}

/** Records a new state. Redo is no longer possible; the oldest state is dropped past the cap. */
export function record<T>(history: History<T>, next: T): History<T> {
  if (next === history.present) return history;
  const past = [...history.past, history.present];
  return { ...history, past: past.slice(Math.max(0, past.length - history.cap)), present: next, future: [] };
}

export const canUndo = <T>(history: History<T>) => history.past.length > 0;
export const canRedo = <T>(history: History<T>) => history.future.length > 0;

export function undo<T>(history: History<T>): History<T> {
  if (!canUndo(history)) return history;
  return {
    ...history,
    past: history.past.slice(0, -1),
    present: history.past[history.past.length - 1],
    future: [history.present, ...history.future],
  };
}

export function redo<T>(history: History<T>): History<T> {
  if (!canRedo(history)) return history;
  return {
    ...history,
    past: [...history.past, history.present],
    present: history.future[0],
    future: history.future.slice(1),
  };
}
