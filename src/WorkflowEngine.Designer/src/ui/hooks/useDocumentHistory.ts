import { useReducer } from 'react';
import { createHistory, record, redo, undo, type History } from '../../model';

type Action<TDoc> =
  | { type: 'edit'; doc: TDoc }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'reset'; doc: TDoc };

function reducer<TDoc>(history: History<TDoc>, action: Action<TDoc>): History<TDoc> {
  switch (action.type) {
    case 'edit':
      return record(history, action.doc);
    case 'undo':
      return undo(history);
    case 'redo':
      return redo(history);
    case 'reset':
      return createHistory(action.doc, history.cap);
  }
}

/** The document being edited, with undo and redo. `reset` opens another document with no history. */
export function useDocumentHistory<TDoc>(initial: TDoc) {
  const [history, dispatch] = useReducer(reducer<TDoc>, initial, (doc) => createHistory(doc));
  return { history, dispatch };
}
