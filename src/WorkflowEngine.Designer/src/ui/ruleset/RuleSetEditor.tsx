import { useCallback, useMemo, useState } from 'react';
import type { RuleSetApi } from '../../api/ruleSetClient';
import type { DesignerReference, RuleSetEditorData } from '../../api/ruleSetTypes';
import { canRedo, canUndo } from '../../model';
import {
  addParam, addRule, diffRuleSets, duplicateRule, exportRuleSet, knownDecisions, moveRule, otherwiseEffects, placeProblem, removeParam,
  removeRule, ruleFieldId, setRuleDescription, setRuleOutput, updateParam, updateRule, type ParamScope, type RuleSetDocument,
} from '../../model/ruleset';
import { Banner } from '../Banners';
import { ErrorSummary } from '../ErrorSummary';
import { GovukTable } from '../GovukTable';
import { useDocumentHistory } from '../hooks/useDocumentHistory';
import { useUndoKeys } from '../hooks/useUndoKeys';
import { useValidation } from '../hooks/useValidation';
import { LifecycleToolbar } from '../lifecycle/LifecycleToolbar';
import { ReviewPanel } from '../lifecycle/ReviewPanel';
import { useLifecycle } from '../lifecycle/useLifecycle';
import { VersionHistoryPanel } from '../lifecycle/VersionHistoryPanel';
import { UnsavedEditsOffer } from '../UnsavedEditsOffer';
import { ParamsEditor } from './ParamsEditor';
import { RawJsonTab } from './RawJsonTab';
import { RuleRow } from './RuleRow';
import { ruleSetFormat } from './ruleSetFormat';

interface Props {
  api: RuleSetApi;
  data: RuleSetEditorData;
  reference: DesignerReference;
  canEdit: boolean;
  onReload: () => Promise<void>;
}

type Mode = 'rules' | 'json' | 'review' | 'history';

/** The rule set as a table read top to bottom, its raw JSON, and the lifecycle the workflow designer has too. */
export function RuleSetEditor({ api, data, reference, canEdit, onReload }: Props) {
  const [initial] = useState(() => {
    const opened = data.draft ?? data.published;
    return { doc: opened?.content ?? { WorkflowName: data.key, Rules: [] }, version: opened?.version };
  });
  const { history, dispatch } = useDocumentHistory<RuleSetDocument>(initial.doc);
  const doc = history.present;
  const [mode, setMode] = useState<Mode>('rules');
  const lifecycle = useLifecycle({ api, format: ruleSetFormat, docKey: data.key, doc, initial, canEdit, onReload, showEditing: () => setMode('rules') });
  const readOnly = !canEdit || lifecycle.viewing !== undefined;
  const shown = lifecycle.viewing?.doc ?? doc;
  const validation = useValidation(api, doc, canEdit && lifecycle.viewing === undefined);
  const problems = readOnly ? [] : lifecycle.saveProblems ?? validation.problems;

  const edit = useCallback((next: RuleSetDocument) => {
    dispatch({ type: 'edit', doc: next });
    lifecycle.clearSaveProblems();
  }, [dispatch, lifecycle]);
  useUndoKeys(!readOnly, () => dispatch({ type: 'undo' }), () => dispatch({ type: 'redo' }));

  const scope = useMemo(() => ({ facts: reference.facts, functions: reference.functions }), [reference]);
  const decisions = useMemo(() => knownDecisions(data.usage, reference.agencies), [data.usage, reference.agencies]);
  const sharedNames = (shown.GlobalParams ?? []).map((param) => param.Name);
  const guardOnly = data.usage.length > 0 && data.usage.every((use) => use.kind === 'guard');
  const otherwise = otherwiseEffects(data.usage);
  const shared: ParamScope = { kind: 'shared' };

  const focusProblem = (targetId: string) => {
    setMode('rules');
    window.setTimeout(() => document.getElementById(targetId)?.focus(), 0);
  };
  const summaryItems = problems.map((problem) => {
    const place = placeProblem(problem.path);
    return { message: problem.message, targetId: ruleFieldId(place), note: `${problem.code} at ${problem.path}` };
  });

  let body;
  if (mode === 'review') {
    body = (
      <ReviewPanel
        entries={diffRuleSets(data.published?.content ?? null, doc)}
        publishedVersion={data.published?.version}
        noChanges="There are no changes to the rules or shared values."
        draftVersion={data.draft?.version}
        unsaved={lifecycle.dirty || (data.draft !== null && exportRuleSet(data.draft.content) !== exportRuleSet(doc))}
        busy={lifecycle.busy}
        onPublish={lifecycle.publish}
        onClose={() => setMode('rules')}
      />
    );
  } else if (mode === 'history') {
    body = (
      <VersionHistoryPanel
        versions={data.versions}
        canEdit={canEdit}
        busy={lifecycle.busy}
        viewingVersion={lifecycle.viewing?.version}
        onOpen={lifecycle.openVersion}
        onRetire={lifecycle.retire}
        onClose={() => setMode('rules')}
      />
    );
  } else if (mode === 'json') {
    body = <RawJsonTab doc={shown} readOnly={readOnly} onChange={edit} />;
  } else {
    body = (
      <>
        <p className="govuk-body">
          {guardOnly
            ? 'Every rule must hold for the move to be allowed; when one does not, its message says why.'
            : 'Rules are checked from top to bottom: the first whose condition holds decides, and the rules below it are not used.'}
        </p>
        {(sharedNames.length > 0 || !readOnly) && (
          <div className="ruleset-shared">
            <h2 className="govuk-heading-s">Shared values (worked out before every rule)</h2>
            <ParamsEditor
              idPrefix="ruleset-shared"
              params={shown.GlobalParams ?? []}
              before={[]}
              scope={scope}
              problems={(at) => problems.filter((problem) => { const place = placeProblem(problem.path); return place.kind === 'shared' && place.paramIndex === at; }).map((problem) => problem.message)}
              readOnly={readOnly}
              addLabel="Add a shared value"
              onAdd={() => edit(addParam(doc, shared))}
              onChange={(at, changes) => edit(updateParam(doc, shared, at, changes))}
              onRemove={(at) => edit(removeParam(doc, shared, at))}
            />
          </div>
        )}
        <div id="ruleset-rules" tabIndex={-1} className="ruleset-table">
          <GovukTable caption={`${shown.Rules.length} rule${shown.Rules.length === 1 ? '' : 's'}, in the order they are checked`} captionSize="s" headers={['Order', 'Rule', 'Condition', 'Decides and leads to', 'Output']}>
            {shown.Rules.map((rule, index) => {
              const local: ParamScope = { kind: 'local', ruleIndex: index };
              return (
                <RuleRow
                  key={index}
                  rule={rule}
                  index={index}
                  count={shown.Rules.length}
                  readOnly={readOnly}
                  problems={problems}
                  usage={data.usage}
                  agencies={reference.agencies}
                  limits={reference.limits}
                  decisions={decisions}
                  sharedNames={sharedNames}
                  scope={scope}
                  edits={{
                    update: (changes) => edit(updateRule(doc, index, changes)),
                    describe: (text) => edit(setRuleDescription(doc, index, text)),
                    output: (expression) => edit(setRuleOutput(doc, index, expression)),
                    addParam: () => edit(addParam(doc, local)),
                    changeParam: (at, changes) => edit(updateParam(doc, local, at, changes)),
                    removeParam: (at) => edit(removeParam(doc, local, at)),
                    move: (to) => edit(moveRule(doc, index, to)),
                    duplicate: () => edit(duplicateRule(doc, index).doc),
                    remove: () => edit(removeRule(doc, index)),
                  }}
                />
              );
            })}
            {otherwise.length > 0 && (
              <tr className="govuk-table__row">
                <th scope="row" className="govuk-table__header">–</th>
                <td className="govuk-table__cell" colSpan={2}>If no rule holds</td>
                <td className="govuk-table__cell" colSpan={2}>
                  <ul className="govuk-list govuk-body-s">{otherwise.map((text) => <li key={text}>{text}</li>)}</ul>
                </td>
              </tr>
            )}
          </GovukTable>
        </div>
        {!readOnly && (
          <div className="govuk-button-group">
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => {
              const added = addRule(doc);
              edit(added.doc);
              window.setTimeout(() => document.getElementById(ruleFieldId({ kind: 'rule', ruleIndex: added.index, field: 'name' }))?.focus(), 0);
            }}>Add a rule</button>
            <button type="button" className="govuk-button govuk-button--secondary" disabled={!canUndo(history)} onClick={() => dispatch({ type: 'undo' })}>Undo</button>
            <button type="button" className="govuk-button govuk-button--secondary" disabled={!canRedo(history)} onClick={() => dispatch({ type: 'redo' })}>Redo</button>
          </div>
        )}
      </>
    );
  }

  return (
    <div className="designer ruleset-editor">
      {lifecycle.notice && <Banner title="Success" success><p className="govuk-notification-banner__heading">{lifecycle.notice}</p></Banner>}
      {canEdit && <UnsavedEditsOffer format={ruleSetFormat} docKey={data.key} current={initial.doc} onRestore={(restored) => edit(restored)} />}
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
      <ErrorSummary items={summaryItems} otherMessages={lifecycle.messages} onShow={(index) => focusProblem(summaryItems[index].targetId)} />
      <LifecycleToolbar
        label="Rule set versions and files"
        canEdit={canEdit}
        readOnly={readOnly}
        dirty={lifecycle.dirty}
        busy={lifecycle.busy}
        publishedVersion={data.published?.version}
        onSaveDraft={lifecycle.saveDraft}
        onReview={() => setMode('review')}
        onRetire={() => data.published && lifecycle.retire(data.published.version)}
        onHistory={() => setMode('history')}
        onImport={(file) => lifecycle.importFile(file, edit)}
        onExport={() => lifecycle.exportDoc(shown)}
      />
      <ul className="govuk-list ruleset-links">
        <li><a className="govuk-link" href={data.benchUrl}>Test bench: run the stored examples</a></li>
        <li><a className="govuk-link" href={data.shadowUrl}>Shadow run: replay past decisions through the draft</a></li>
      </ul>
      <div className="designer-views" role="group" aria-label="How to show the rule set">
        <button type="button" className="govuk-button govuk-button--secondary designer-small-button" aria-pressed={mode === 'rules'} onClick={() => setMode('rules')}>Rules as a table</button>
        <button type="button" className="govuk-button govuk-button--secondary designer-small-button" aria-pressed={mode === 'json'} onClick={() => setMode('json')}>Raw JSON</button>
        {!readOnly && (
          <span className="govuk-body-s designer-validation" aria-live="polite">
            {validation.status === 'checking' ? 'Checking…'
              : validation.status === 'failed' ? `Could not check: ${validation.failure}`
              : validation.status === 'checked' ? (problems.length === 0 ? 'No problems found' : `${problems.length} problem${problems.length === 1 ? '' : 's'}`)
              : ''}
          </span>
        )}
      </div>
      {body}
    </div>
  );
}
