import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../api/client';
import type { VersionStatus } from '../../api/types';
import type { ValidationProblem } from '../../model';
import { clearUnsavedEdits, writeUnsavedEdits } from '../hooks/unsavedEdits';
import type { DocumentFormat, LifecycleApi } from './DocumentFormat';
import { downloadText } from './download';

interface Options<TDoc> {
  api: LifecycleApi<TDoc>;
  format: DocumentFormat<TDoc>;
  /** The key in the page's address. */
  docKey: string;
  doc: TDoc;
  initial: { doc: TDoc; version: number | undefined };
  canEdit: boolean;
  onReload: () => Promise<void>;
  /** Puts the editing view back after publishing or opening an old version. */
  showEditing: () => void;
}

/**
 * Saving, publishing, retiring, opening old versions and files: everything that talks about
 * versions, the same for workflows and rule sets.
 */
export function useLifecycle<TDoc>({ api, format, docKey, doc, initial, canEdit, onReload, showEditing }: Options<TDoc>) {
  const [saved, setSaved] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [messages, setMessages] = useState<string[]>([]);
  const [saveProblems, setSaveProblems] = useState<ValidationProblem[]>();
  const [viewing, setViewing] = useState<{ version: number; status: VersionStatus | undefined; doc: TDoc }>();
  const storageKey = format.storageKey(docKey);

  const savedJson = useMemo(() => format.exportText(saved.doc), [format, saved]);
  const dirty = useMemo(() => format.exportText(doc) !== savedJson, [format, doc, savedJson]);

  // Kept edits are only ever replaced or cleared on purpose (save, discard): clearing them when
  // the page opens clean would lose them before the author had answered the offer to restore.
  useEffect(() => {
    if (canEdit && dirty) writeUnsavedEdits(storageKey, doc, saved.version ?? null);
  }, [canEdit, dirty, doc, saved.version, storageKey]);

  /** Runs one server call with the buttons disabled; a refusal becomes messages and problems to show. */
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
      const result = await api.saveDraft(docKey, doc);
      setSaved({ doc, version: result.version });
      setSaveProblems(undefined);
      clearUnsavedEdits(storageKey);
      await onReload();
      return `Draft version ${result.version} saved.`;
    }),
    publish: (version: number) => call(async () => {
      try {
        await api.publish(docKey, version);
      } catch (error) {
        // Four-eyes publishing is on: the draft is submitted with a reason on the library's page, for another lead to approve.
        if (error instanceof ApiError && error.problem.problems?.some((p) => p.code === 'publish.approval-required')) {
          window.location.assign(`${format.libraryPath(docKey, version)}/submit`);
          return 'Publishing needs another lead\'s approval: opening the page to submit it.';
        }
        throw error;
      }
      await onReload();
      showEditing();
      return format.publishedNotice(version);
    }),
    // Retiring asks for a reason and shows what it would break on the library's confirmation page,
    // the same page for every editor (the designer, the rule editor, the library).
    retire: (version: number) => {
      window.location.assign(`${format.libraryPath(docKey, version)}/retire`);
    },
    openVersion: (version: number) => call(async () => {
      const opened = await api.getVersion(docKey, version);
      setViewing({ version: opened.version, status: opened.status, doc: opened.content });
      showEditing();
      return undefined; // The read-only banner says which version is shown.
    }),
    closeVersion: () => {
      setViewing(undefined);
      setNotice(undefined);
    },
    importFile: (file: File, edit: (doc: TDoc) => void) => {
      void file.text().then((text) => {
        const result = format.importText(text);
        if (!result.ok) {
          setMessages([`${file.name} could not be imported. ${result.message}`]);
          return;
        }
        const named = format.keyOf(result.doc);
        setMessages(named === docKey ? [] : [`${file.name} is ${format.noun} "${named}", not "${docKey}". Saving it here will be refused until the key matches.`]);
        edit(result.doc);
        setNotice(`${file.name} imported. Undo puts back what you had.`);
      });
    },
    exportDoc: (shown: TDoc) => downloadText(format.exportText(shown), `${format.keyOf(shown) || docKey}.json`),
  };
}
