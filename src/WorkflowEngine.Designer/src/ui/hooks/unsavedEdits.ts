import type { WorkflowDocument } from '../../model';

// Unsaved edits survive a closed tab or a lost session: kept in localStorage per workflow key
// until the draft is saved or the author discards them.

export interface UnsavedEdits {
  doc: WorkflowDocument;
  savedAt: string;
  /** The server version the edits started from, to tell the author what they are restoring over. */
  baseVersion: number | null;
}

const storageKey = (workflowKey: string) => `workflow-designer:unsaved:${workflowKey}`;

export function readUnsavedEdits(workflowKey: string): UnsavedEdits | undefined {
  try {
    const text = window.localStorage.getItem(storageKey(workflowKey));
    if (!text) return undefined;
    const parsed = JSON.parse(text) as UnsavedEdits;
    return parsed && typeof parsed.doc === 'object' && Array.isArray(parsed.doc?.stages) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function writeUnsavedEdits(workflowKey: string, doc: WorkflowDocument, baseVersion: number | null) {
  try {
    const edits: UnsavedEdits = { doc, savedAt: new Date().toISOString(), baseVersion };
    window.localStorage.setItem(storageKey(workflowKey), JSON.stringify(edits));
  } catch {
    // Storage full or disabled (private browsing): the edits are still on screen, just not kept.
  }
}

export function clearUnsavedEdits(workflowKey: string) {
  try {
    window.localStorage.removeItem(storageKey(workflowKey));
  } catch {
    // Nothing kept, nothing to clear.
  }
}
