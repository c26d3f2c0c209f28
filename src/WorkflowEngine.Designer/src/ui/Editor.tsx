import { useCallback, useMemo, useRef, useState } from 'react';
import type { DesignerApi } from '../api/client';
import type { DesignerWorkflow, SimulationResult } from '../api/types';
import {
  addStage, applyGraphEdits, canRedo, canUndo, diff, exportJson, fieldElementId, problemTargets, problemsByElement,
  problemsForSelection, simulationMarks,
  type GraphEdit, type ProblemTarget, type Selection, type WorkflowDocument,
} from '../model';
import { Banner } from './Banners';
import { Canvas, type FocusRequest } from './canvas/Canvas';
import { ErrorSummary } from './ErrorSummary';
import { useDocumentHistory } from './hooks/useDocumentHistory';
import { useUndoKeys } from './hooks/useUndoKeys';
import { useValidation } from './hooks/useValidation';
import { LifecycleToolbar } from './lifecycle/LifecycleToolbar';
import { ReviewPanel } from './lifecycle/ReviewPanel';
import { useLifecycle } from './lifecycle/useLifecycle';
import { VersionHistoryPanel } from './lifecycle/VersionHistoryPanel';
import { initialDocument } from './newWorkflow';
import { Palette } from './Palette';
import { ReferenceDataContext } from './ReferenceData';
import { addTaskTo, addTransitionFrom, deleteSelection, layoutAll, selectionAfterGraphEdits } from './selectionEdits';
import { SidePanel } from './SidePanel';
import { SimulatePanel } from './simulate/SimulatePanel';
import { TableView } from './TableView';
import { UnsavedEditsOffer } from './UnsavedEditsOffer';
import { workflowFormat } from './workflowFormat';

interface Props {
  api: DesignerApi;
  workflow: DesignerWorkflow;
  canEdit: boolean;
  onReload: () => Promise<void>;
}

export type SidePanelMode = 'item' | 'review' | 'history' | 'simulate';

/** The designer once its workflow has loaded: toolbar, palette, diagram or tables, side panel. */
export function Editor({ api, workflow, canEdit, onReload }: Props) {
  // What was opened stays fixed for this editor's life: reloading versions never resets the edits.
  const [initial] = useState(() => initialDocument(workflow));
  const { history, dispatch } = useDocumentHistory(initial.doc);
  const doc = history.present;
  const [selection, setSelection] = useState<Selection>({ kind: 'workflow' });
  const [view, setView] = useState<'diagram' | 'table'>('diagram');
  const [mode, setMode] = useState<SidePanelMode>('item');
  const [focus, setFocus] = useState<FocusRequest>();
  const panelRef = useRef<HTMLDivElement>(null);
  const [simulated, setSimulated] = useState<SimulationResult>();

  const lifecycle = useLifecycle({ api, format: workflowFormat, docKey: workflow.key, doc, initial, canEdit, onReload, showEditing: () => setMode('item') });
  const readOnly = !canEdit || lifecycle.viewing !== undefined;
  const shownDoc = lifecycle.viewing?.doc ?? doc;

  const validation = useValidation(api, doc, canEdit && lifecycle.viewing === undefined);
  const problems = lifecycle.saveProblems ?? validation.problems;
  const targets = useMemo(() => (readOnly ? [] : problemTargets(doc, problems)), [doc, problems, readOnly]);
  const byElement = useMemo(() => problemsByElement(targets), [targets]);
  const pathMarks = useMemo(
    () => (mode === 'simulate' && simulated ? simulationMarks(simulated.path, simulated.status === 'Closed') : undefined),
    [mode, simulated],
  );
  const formProblems = useMemo(() => problemsForSelection(targets, selection), [targets, selection]);

  const edit = useCallback((next: WorkflowDocument, select?: Selection) => {
    dispatch({ type: 'edit', doc: next });
    lifecycle.clearSaveProblems();
    if (select) setSelection(select);
  }, [dispatch, lifecycle]);

  const onGraphEdits = (edits: GraphEdit[]) => {
    const next = applyGraphEdits(doc, edits);
    edit(next, selectionAfterGraphEdits(doc, next, edits));
  };

  const select = (next: Selection, moveFocus = false) => {
    setSelection(next);
    setMode('item');
    if (moveFocus) window.setTimeout(() => panelRef.current?.focus(), 0);
  };

  // The GOV.UK error summary pattern: a link moves focus to the field at fault, or to the panel
  // when the problem is with the item as a whole (or its field is not on screen).
  const showProblem = (target: ProblemTarget) => {
    select(target.selection);
    window.setTimeout(() => {
      const field = target.field === undefined ? null : panelRef.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldElementId(target.field))}`);
      (field ?? panelRef.current)?.focus();
    }, 0);
    if (target.elementId && view === 'diagram') setFocus({ elementId: target.elementId, nonce: Date.now() });
  };

  useUndoKeys(!readOnly, () => dispatch({ type: 'undo' }), () => dispatch({ type: 'redo' }));

  const stageIndex = selection.kind === 'workflow' ? -1 : selection.stageIndex;
  let side;
  if (mode === 'review') {
    side = (
      <ReviewPanel
        entries={diff(workflow.published?.content ?? null, doc).map((entry) => ({ ...entry, kind: entry.kind === 'sla' ? 'Due time' : entry.kind }))}
        publishedVersion={workflow.published?.version}
        noChanges="There are no changes to stages, tasks, transitions or due times."
        draftVersion={workflow.draft?.version}
        unsaved={lifecycle.dirty || (workflow.draft !== null && exportJson(workflow.draft.content) !== exportJson(doc))}
        busy={lifecycle.busy}
        onPublish={lifecycle.publish}
        onClose={() => setMode('item')}
      />
    );
  } else if (mode === 'history') {
    side = (
      <VersionHistoryPanel
        versions={workflow.versions}
        canEdit={canEdit}
        busy={lifecycle.busy}
        viewingVersion={lifecycle.viewing?.version}
        onOpen={lifecycle.openVersion}
        onRetire={lifecycle.retire}
        onClose={() => setMode('item')}
      />
    );
  } else if (mode === 'simulate' && !readOnly) {
    side = <SimulatePanel api={api} doc={doc} onClose={() => setMode('item')} onResult={setSimulated} />;
  } else {
    side = <SidePanel ref={panelRef} doc={shownDoc} selection={selection} readOnly={readOnly} problems={formProblems} onEdit={edit} onSelect={(next) => select(next)} />;
  }

  return (
    <ReferenceDataContext.Provider value={workflow}>
      <div className="designer">
        {lifecycle.notice && <Banner title="Success" success><p className="govuk-notification-banner__heading">{lifecycle.notice}</p></Banner>}
        {canEdit && <UnsavedEditsOffer format={workflowFormat} docKey={workflow.key} current={initial.doc} onRestore={(restored) => edit(restored)} />}
        {lifecycle.viewing && (
          <Banner title="Read only">
            <p className="govuk-notification-banner__heading">
              You are looking at version {lifecycle.viewing.version} ({lifecycle.viewing.status}). It cannot be edited.
            </p>
            <button type="button" className="govuk-button govuk-button--secondary designer-small-button" onClick={lifecycle.closeVersion}>
              {canEdit ? 'Back to editing' : 'Back to the current version'}
            </button>
          </Banner>
        )}
        <ErrorSummary
          items={targets.map((target) => ({
            message: target.problem.message,
            targetId: target.field === undefined ? 'workflow-designer-panel' : fieldElementId(target.field),
            note: `${target.problem.code} at ${target.problem.path}`,
          }))}
          otherMessages={lifecycle.messages}
          onShow={(index) => showProblem(targets[index])}
        />
        <LifecycleToolbar
          label="Workflow versions and files"
          canEdit={canEdit}
          readOnly={readOnly}
          dirty={lifecycle.dirty}
          busy={lifecycle.busy}
          publishedVersion={workflow.published?.version}
          onSaveDraft={lifecycle.saveDraft}
          onReview={() => setMode('review')}
          onRetire={() => workflow.published && lifecycle.retire(workflow.published.version)}
          onHistory={() => setMode('history')}
          onSimulate={() => setMode('simulate')}
          onImport={(file) => lifecycle.importFile(file, edit)}
          onExport={() => lifecycle.exportDoc(shownDoc)}
        />
        {!readOnly && (
          <Palette
            canAddToStage={stageIndex >= 0}
            canDelete={selection.kind !== 'workflow'}
            canUndo={canUndo(history)}
            canRedo={canRedo(history)}
            onAddStage={() => {
              const added = addStage(doc);
              edit(added.doc, { kind: 'stage', stageIndex: added.stageIndex });
            }}
            onAddTask={() => {
              const added = addTaskTo(doc, stageIndex, workflow.agencies[0]?.key);
              edit(added.doc, added.selection);
            }}
            onAddTransition={() => {
              const added = addTransitionFrom(doc, stageIndex);
              edit(added.doc, added.selection);
            }}
            onDelete={() => edit(deleteSelection(doc, selection), { kind: 'workflow' })}
            onUndo={() => dispatch({ type: 'undo' })}
            onRedo={() => dispatch({ type: 'redo' })}
            onAutoLayout={() => edit(layoutAll(doc))}
          />
        )}
        <div className="designer-views" role="group" aria-label="How to show the workflow">
          <button type="button" className="govuk-button govuk-button--secondary designer-small-button" aria-pressed={view === 'diagram'} onClick={() => setView('diagram')}>Diagram</button>
          <button type="button" className="govuk-button govuk-button--secondary designer-small-button" aria-pressed={view === 'table'} onClick={() => setView('table')}>Stages and transitions as a table</button>
          {!readOnly && (
            <span className="govuk-body-s designer-validation" aria-live="polite">
              {validation.status === 'checking' ? 'Checking…'
                : validation.status === 'failed' ? `Could not check: ${validation.failure}`
                : validation.status === 'checked' ? (problems.length === 0 ? 'No problems found' : `${problems.length} problem${problems.length === 1 ? '' : 's'}`)
                : ''}
            </span>
          )}
        </div>
        <div className="designer-body">
          <div className="designer-main">
            {view === 'diagram' ? (
              <Canvas doc={shownDoc} readOnly={readOnly} selection={selection} problems={byElement} pathMarks={pathMarks} focus={focus} onSelect={(next) => select(next)} onGraphEdits={onGraphEdits} />
            ) : (
              <TableView doc={shownDoc} readOnly={readOnly} problems={targets} onSelect={(next) => select(next, true)} onDelete={(target) => edit(deleteSelection(doc, target), { kind: 'workflow' })} />
            )}
          </div>
          <div className="designer-side">{side}</div>
        </div>
      </div>
    </ReferenceDataContext.Provider>
  );
}
