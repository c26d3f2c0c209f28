import '@xyflow/react/dist/style.css';
import './designer.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DesignerApi } from './api/client';
import { RuleSetApi } from './api/ruleSetClient';
import { Designer } from './ui/Designer';
import { RuleSetEditorApp } from './ui/ruleset/RuleSetEditorApp';
import { StyleNonceContext } from './ui/ruleset/StyleNonce';

// One bundle, two pages. Each Razor view renders its mount point plus the page's hidden
// anti-forgery field; no inline script is needed (the CSP forbids it):
//   <div id="workflow-designer" data-workflow-key data-can-edit data-api-base data-reference-url>
//   <div id="ruleset-editor" data-ruleset-key data-can-edit data-api-base data-reference-url data-style-nonce>
const token = document.querySelector<HTMLInputElement>('input[name="__RequestVerificationToken"]')?.value;
const apiBaseOf = (element: HTMLElement, fallback: string) => (element.dataset.apiBase ?? fallback).replace(/\/$/, '');

const designer = document.getElementById('workflow-designer');
if (designer) {
  createRoot(designer).render(
    <StrictMode>
      <Designer api={new DesignerApi(apiBaseOf(designer, '/designer/workflows'), token, designer.dataset.referenceUrl)} workflowKey={designer.dataset.workflowKey ?? ''} canEdit={designer.dataset.canEdit === 'true'} />
    </StrictMode>,
  );
}

const ruleSetEditor = document.getElementById('ruleset-editor');
if (ruleSetEditor) {
  createRoot(ruleSetEditor).render(
    <StrictMode>
      <StyleNonceContext.Provider value={ruleSetEditor.dataset.styleNonce || undefined}>
        <RuleSetEditorApp
          api={new RuleSetApi(apiBaseOf(ruleSetEditor, '/designer/rulesets'), token)}
          ruleSetKey={ruleSetEditor.dataset.rulesetKey ?? ''}
          referenceUrl={ruleSetEditor.dataset.referenceUrl ?? '/designer/reference'}
          canEdit={ruleSetEditor.dataset.canEdit === 'true'}
        />
      </StyleNonceContext.Provider>
    </StrictMode>,
  );
}
