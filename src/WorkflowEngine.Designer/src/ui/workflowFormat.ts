import { exportJson, importJson, type WorkflowDocument } from '../model';
import type { DocumentFormat } from './lifecycle/DocumentFormat';

/** Workflows for the shared lifecycle: files as in workflows/, edits kept under workflow-designer:unsaved:<key>. */
export const workflowFormat: DocumentFormat<WorkflowDocument> = {
  noun: 'workflow',
  exportText: exportJson,
  importText: importJson,
  keyOf: (doc) => doc.key,
  looksRight: (doc): doc is WorkflowDocument =>
    typeof doc === 'object' && doc !== null && Array.isArray((doc as Partial<WorkflowDocument>).stages),
  storageKey: (key) => `workflow-designer:unsaved:${key}`,
  libraryPath: (key, version) => `/library/workflows/${encodeURIComponent(key)}/${version}`,
  publishedNotice: (version) => `Version ${version} published. New cases use it from now on; running cases stay on their version.`,
};
