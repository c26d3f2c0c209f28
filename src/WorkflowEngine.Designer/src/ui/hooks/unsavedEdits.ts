// Unsaved edits survive a closed tab or a lost session: kept in localStorage per document key
// until the draft is saved or the author discards them.

export interface UnsavedEdits<TDoc> {
  doc: TDoc;
  savedAt: string;
  /** The server version the edits started from, to tell the author what they are restoring over. */
  baseVersion: number | null;
}

export function readUnsavedEdits<TDoc>(storageKey: string, looksRight: (doc: unknown) => doc is TDoc): UnsavedEdits<TDoc> | undefined {
  try {
    const text = window.localStorage.getItem(storageKey);
    if (!text) return undefined;
    const parsed = JSON.parse(text) as UnsavedEdits<unknown>;
    return parsed && looksRight(parsed.doc) ? (parsed as UnsavedEdits<TDoc>) : undefined;
  } catch {
    return undefined;
  }
}

export function writeUnsavedEdits<TDoc>(storageKey: string, doc: TDoc, baseVersion: number | null) {
  try {
    const edits: UnsavedEdits<TDoc> = { doc, savedAt: new Date().toISOString(), baseVersion };
    window.localStorage.setItem(storageKey, JSON.stringify(edits));
  } catch {
    // Storage full or disabled (private browsing): the edits are still on screen, just not kept.
  }
}

export function clearUnsavedEdits(storageKey: string) {
  try {
    window.localStorage.removeItem(storageKey);
  } catch {
    // Nothing kept, nothing to clear.
  }
}
