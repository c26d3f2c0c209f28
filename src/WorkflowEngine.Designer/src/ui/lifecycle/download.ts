import { exportJson, type WorkflowDocument } from '../../model';

/** Offers the document as `<key>.json`, written exactly as the files in workflows/. */
export function downloadWorkflow(doc: WorkflowDocument) {
  const blob = new Blob([exportJson(doc)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${doc.key || 'workflow'}.json`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
