import type { VersionState, VersionStatus } from '../../api/types';

/** The result of reading a file the author chose. */
export type ImportResult<TDoc> = { ok: true; doc: TDoc } | { ok: false; message: string };

/**
 * What the shared lifecycle (save, review, publish, retire, history, files, kept edits) needs to
 * know about one kind of document: the workflow designer and the rule-set editor each give one.
 */
export interface DocumentFormat<TDoc> {
  /** The kind in words, for sentences: "workflow", "rule set". */
  noun: string;
  /** The file text, byte for byte as the repository's files are written. */
  exportText(doc: TDoc): string;
  importText(text: string): ImportResult<TDoc>;
  /** The key the document names itself by (`key`, or `WorkflowName` for a rule set). */
  keyOf(doc: TDoc): string;
  /** Whether something read back from the browser's storage is this kind of document. */
  looksRight(doc: unknown): doc is TDoc;
  /** Where edits not yet saved are kept in localStorage. */
  storageKey(key: string): string;
  /**
   * The library's address for a version of the key, e.g. `/library/workflows/cce-referral/2`: its
   * confirmation pages (retire, submit for approval) ask for the reason the same way for every page.
   */
  libraryPath(key: string, version: number): string;
  /** The banner after publishing version `version`. */
  publishedNotice(version: number): string;
}

/** The version endpoints the lifecycle calls; each editor's API client has them. */
export interface LifecycleApi<TDoc> {
  getVersion(key: string, version: number): Promise<{ version: number; status?: VersionStatus; content: TDoc }>;
  saveDraft(key: string, doc: TDoc): Promise<VersionState>;
  publish(key: string, version: number): Promise<VersionState>;
  retire(key: string, version: number): Promise<VersionState>;
}
