import { useReducer } from 'react';
import { createHistory, record, redo, undo, type History, type WorkflowDocument } from '../../model';

type Action =
  | { type: 'edit'; doc: WorkflowDocument }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'reset'; doc: WorkflowDocument };

function reducer(history: History<WorkflowDocument>, action: Action): History<WorkflowDocument> {
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
export function useDocumentHistory(initial: WorkflowDocument) {
  const [history, dispatch] = useReducer(reducer, initial, (doc) => createHistory(doc));
  return { history, dispatch };
}
