import { useEffect, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { ApiError, type DesignerApi } from '../../api/client';
import type { DesignerWorkflow, VersionStatus } from '../../api/types';
import { exportJson, importJson, type ValidationProblem, type WorkflowDocument } from '../../model';
import type { SidePanelMode } from '../Editor';
import { clearUnsavedEdits, writeUnsavedEdits } from '../hooks/unsavedEdits';
import { downloadWorkflow } from './download';

interface Options {
  api: DesignerApi;
  workflow: DesignerWorkflow;
  doc: WorkflowDocument;
  initial: { doc: WorkflowDocument; version: number | undefined };
  canEdit: boolean;
  onReload: () => Promise<void>;
  dispatch: Dispatch<{ type: 'edit'; doc: WorkflowDocument }>;
  setMode: Dispatch<SetStateAction<SidePanelMode>>;
}

/** Saving, publishing, retiring, opening old versions and files: everything that talks about versions. */
export function useLifecycle({ api, workflow, doc, initial, canEdit, onReload, setMode }: Options) {
  const [saved, setSaved] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [messages, setMessages] = useState<string[]>([]);
  const [saveProblems, setSaveProblems] = useState<ValidationProblem[]>();
  const [viewing, setViewing] = useState<{ version: number; status: VersionStatus | undefined; doc: WorkflowDocument }>();

  const savedJson = useMemo(() => exportJson(saved.doc), [saved]);
  const dirty = useMemo(() => exportJson(doc) !== savedJson, [doc, savedJson]);

  // Kept edits are only ever replaced or cleared on purpose (save, discard): clearing them when
  // the page opens clean would lose them before the author had answered the offer to restore.
  useEffect(() => {
    if (canEdit && dirty) writeUnsavedEdits(workflow.key, doc, saved.version ?? null);
  }, [canEdit, dirty, doc, saved.version, workflow.key]);

  /** Runs one server call with the buttons disabled; a refusal becomes messages to show. */
  const call = async (action: () => Promise<string | undefined>) => {
    setBusy(true);
    setNotice(undefined);
    setMessages([]);
    try {
      setNotice(await action());
    } catch (error) {
      if (error instanceof ApiError) {
        setMessages([error.message]);
        if (error.problem.problems) setSaveProblems(error.problem.problems);
        else if (error.problem.errors) {
          setSaveProblems(Object.entries(error.problem.errors).flatMap(([path, list]) => list.map((message) => ({ code: 'invalid', path, message }))));
        }
      } else {
        setMessages([String(error)]);
      }
    } finally {
      setBusy(false);
    }
  };

  return {
    dirty,
    busy,
    notice,
    messages,
    saveProblems,
    viewing,
    clearSaveProblems: () => {
      if (saveProblems) setSaveProblems(undefined);
      if (messages.length > 0) setMessages([]);
    },
    saveDraft: () => call(async () => {
      const result = await api.saveDraft(workflow.key, doc);
      setSaved({ doc, version: result.version });
      setSaveProblems(undefined);
      clearUnsavedEdits(workflow.key);
      await onReload();
      return `Draft version ${result.version} saved.`;
    }),
    publish: (version: number) => call(async () => {
      await api.publish(workflow.key, version);
      await onReload();
      setMode('item');
      return `Version ${version} published. New cases use it from now on; running cases stay on their version.`;
    }),
    retire: (version: number) => {
      if (!window.confirm(`Retire version ${version}? No new case will start on it.`)) return;
      void call(async () => {
        await api.retire(workflow.key, version);
        await onReload();
        return `Version ${version} retired.`;
      });
    },
    openVersion: (version: number) => call(async () => {
      const opened = await api.getVersion(workflow.key, version);
      setViewing({ version: opened.version, status: opened.status, doc: opened.content });
      setMode('item');
      return undefined; // The read-only banner says which version is shown.
    }),
    closeVersion: () => {
      setViewing(undefined);
      setNotice(undefined);
    },
    importFile: (file: File, edit: (doc: WorkflowDocument) => void) => {
      void file.text().then((text) => {
        const result = importJson(text);
        if (!result.ok) {
          setMessages([`${file.name} could not be imported. ${result.message}`]);
          return;
        }
        setMessages(result.doc.key === workflow.key ? [] : [`${file.name} is workflow "${result.doc.key}", not "${workflow.key}". Saving it here will be refused until the key matches.`]);
        edit(result.doc);
        setNotice(`${file.name} imported. Undo puts back what you had.`);
      });
    },
    exportDoc: (shown: WorkflowDocument) => downloadWorkflow(shown),
  };
}
