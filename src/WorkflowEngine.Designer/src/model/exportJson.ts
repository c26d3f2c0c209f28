import type { WorkflowDocument } from './types';

/** Writes the document exactly as the files in workflows/ are written: two-space indent, final newline. */
export function exportJson(doc: WorkflowDocument): string {
  return JSON.stringify(doc, null, 2) + '\n';
}

/** The result of reading a workflow file the user chose. */
export type ImportResult = { ok: true; doc: WorkflowDocument } | { ok: false; message: string };

/**
 * Reads a workflow file. Only plain JSON is accepted here: the engine also allows comments and
 * trailing commas, but the designer could not write those back, so it says so instead of
 * silently dropping them.
 */
export function importJson(text: string): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `The file is not plain JSON: ${(error as Error).message}. Remove any comments or trailing commas.` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, message: 'The file must hold one workflow object.' };
  }
  const candidate = parsed as Partial<WorkflowDocument>;
  if (!Array.isArray(candidate.stages)) {
    return { ok: false, message: 'The file has no "stages" list, so it is not a workflow.' };
  }
  return { ok: true, doc: parsed as WorkflowDocument };
}
