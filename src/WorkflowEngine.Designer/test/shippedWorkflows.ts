import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowDocument } from '../src/model';

const workflowsFolder = join(__dirname, '..', '..', '..', 'workflows');

/** Every file in the repository's workflows/ folder, as text. */
export function shippedWorkflowFiles(): { name: string; text: string }[] {
  return readdirSync(workflowsFolder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(workflowsFolder, name), 'utf8') }));
}

export function shippedWorkflow(name: string): WorkflowDocument {
  return JSON.parse(readFileSync(join(workflowsFolder, name), 'utf8')) as WorkflowDocument;
}
