import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createHistory, record, redo, undo } from '../src/model';

describe('Undo and redo', () => {
  it('undo restores the previous document', () => {
    const history = undo(record(createHistory('a'), 'b'));
    expect(history.present).toBe('a');
    expect(canUndo(history)).toBe(false);
  });

  it('redo reapplies the undone edit', () => {
    const history = redo(undo(record(record(createHistory('a'), 'b'), 'c')));
    expect(history.present).toBe('c');
    expect(canRedo(history)).toBe(false);
    expect(undo(undo(history)).present).toBe('a');
  });

  it('a new edit clears redo', () => {
    const history = record(undo(record(createHistory('a'), 'b')), 'x');
    expect(history.present).toBe('x');
    expect(canRedo(history)).toBe(false);
    expect(redo(history)).toBe(history);
  });

  it('recording the same document again is not an edit', () => {
    const history = record(createHistory('a'), 'b');
    expect(record(history, 'b')).toBe(history);
  });

  it('keeps no more than the cap of past documents', () => {
    let history = createHistory(0, 3);
    for (let n = 1; n <= 10; n++) history = record(history, n);
    expect(history.past).toEqual([7, 8, 9]);
    history = undo(undo(undo(history)));
    expect(history.present).toBe(7);
    expect(canUndo(history)).toBe(false);
  });

  it('refuses a cap below one', () => {
    expect(() => createHistory('a', 0)).toThrow('The history cap must be at least 1, not 0.');
  });
});
