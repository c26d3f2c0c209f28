import '@xyflow/react/dist/style.css';
import './designer.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DesignerApi } from './api/client';
import { Designer } from './ui/Designer';

// Mounted by the Razor view: <div id="workflow-designer" data-workflow-key data-can-edit data-api-base>
// plus the page's hidden anti-forgery field. No inline script is needed (the CSP forbids it).
const root = document.getElementById('workflow-designer');
if (root) {
  const workflowKey = root.dataset.workflowKey ?? '';
  const canEdit = root.dataset.canEdit === 'true';
  const apiBase = (root.dataset.apiBase ?? '/designer/workflows').replace(/\/$/, '');
  const token = document.querySelector<HTMLInputElement>('input[name="__RequestVerificationToken"]')?.value;
  createRoot(root).render(
    <StrictMode>
      <Designer api={new DesignerApi(apiBase, token)} workflowKey={workflowKey} canEdit={canEdit} />
    </StrictMode>,
  );
}
