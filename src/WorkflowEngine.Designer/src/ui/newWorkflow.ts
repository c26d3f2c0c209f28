import type { DesignerWorkflow } from '../api/types';
import type { WorkflowDocument } from '../model';

/** What the editor opens: the draft, else the published version, else a one-stage start. */
export function initialDocument(workflow: DesignerWorkflow): { doc: WorkflowDocument; version: number | undefined } {
  if (workflow.draft) return { doc: workflow.draft.content, version: workflow.draft.version };
  if (workflow.published) return { doc: workflow.published.content, version: workflow.published.version };
  return {
    doc: {
      key: workflow.key,
      name: workflow.key,
      calendar: workflow.calendars[0] ?? 'england-and-wales',
      startStage: 'start',
      stages: [{ key: 'start', name: 'Start' }],
    },
    version: undefined,
  };
}
