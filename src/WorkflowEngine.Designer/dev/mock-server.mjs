// A stand-in for WorkflowEngine.Web's designer endpoints, to look at the built designer in a
// browser without .NET: `npm run build && node dev/mock-server.mjs`, then open http://127.0.0.1:5179/.
// It is NOT the engine: its validation and simulation are crude fakes that only exercise the UI.
// Set GOVUK_CSS to a govuk-frontend.min.css path to see the page styled as it will be.
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const repo = join(import.meta.dirname, '..', '..', '..');
const built = join(repo, 'src', 'WorkflowEngine.Web', 'wwwroot', 'designer');
const port = Number(process.env.PORT ?? 5179);
const token = 'mock-antiforgery-token';
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const keysIn = (folder) => readdirSync(join(repo, folder)).filter((name) => name.endsWith('.json')).map((name) => basename(name, '.json'));

const versions = new Map(); // key -> [{version, status, createdAt, publishedAt, contentHash, content}]
for (const key of keysIn('workflows')) {
  versions.set(key, [{ version: 1, status: 'Published', createdAt: '2026-01-05T09:00:00Z', publishedAt: '2026-01-05T09:00:00Z', contentHash: 'v1', content: readJson(join(repo, 'workflows', `${key}.json`)) }]);
}

const reference = {
  ruleSets: keysIn('rules').map((key) => ({ key, name: key, version: 1 })),
  agencies: readJson(join(repo, 'reference', 'agencies.json')).map((agency) => ({ key: agency.key, name: agency.name, roles: agency.roles.map((role) => ({ key: role, name: role })) })),
  calendars: keysIn('reference/calendars'),
  panels: keysIn('reference/panels'),
  lists: keysIn('reference/lists'),
};

function validate(doc) {
  const errors = [];
  const stageKeys = new Set((doc.stages ?? []).map((stage) => stage.key));
  if (!stageKeys.has(doc.startStage)) errors.push({ code: 'workflow.unknown-start-stage', path: '$.startStage', message: `The start stage "${doc.startStage}" is not a stage of this workflow.` });
  (doc.stages ?? []).forEach((stage, i) => {
    if (!stage.final && !(stage.transitions ?? []).length) errors.push({ code: 'stage.no-way-out', path: `$.stages[${i}]`, message: `Stage "${stage.name}" has no way out. Add a transition or make it final.` });
    (stage.transitions ?? []).forEach((transition, j) => {
      if (!stageKeys.has(transition.to)) errors.push({ code: 'transition.unknown-stage', path: `$.stages[${i}].transitions[${j}].to`, message: `Transition "${transition.key}" goes to "${transition.to}", which is not a stage.` });
    });
    (stage.tasks ?? []).forEach((task, j) => {
      if (!task.owner?.agency && !task.owner?.ruleSet && !task.owner?.forEachAgencyIn) errors.push({ code: 'task.no-owner', path: `$.stages[${i}].tasks[${j}].owner`, message: `Task "${task.title}" has no owner.` });
    });
  });
  return errors;
}

function simulate({ workflow, steps }) {
  const stageOf = (key) => workflow.stages.find((stage) => stage.key === key);
  const now = new Date('2026-03-02T09:00:00Z');
  const path = [];
  const log = [];
  let stage;
  const enter = (key, via) => {
    stage = stageOf(key);
    path.push({ stage: key, stageName: stage?.name ?? key, at: new Date(now.getTime() + path.length * 3600e3).toISOString(), via });
    // Fake "decision": always the first decision transition ("otherwise" in the engine is smarter).
    const decided = stage?.decision && !(stage.tasks ?? []).length ? (stage.transitions ?? []).find((t) => t.trigger === 'decision') : undefined;
    if (decided) enter(decided.to, `decision ${decided.decision}`);
  };
  enter(workflow.startStage, null);
  let problem = null;
  for (const step of steps) {
    const transitions = stage?.transitions ?? [];
    const found = step.kind === 'complete'
      ? transitions.find((t) => t.trigger === 'outcome' && t.task === step.task && t.outcome === step.outcome) ?? transitions.find((t) => t.trigger === 'allTasksDone' || t.trigger === 'anyTaskDone')
      : transitions.find((t) => t.key === step.transition);
    if (!found) { problem = `Step ${JSON.stringify(step)} does nothing in stage ${stage?.key}.`; break; }
    log.push(`${step.kind} → ${found.key}`);
    enter(found.to, step.kind === 'complete' ? `outcome ${step.outcome} of ${step.task}` : `${step.kind} ${found.key}`);
  }
  const due = new Date(now.getTime() + 86400e3).toISOString();
  return {
    path,
    openTasks: (stage?.tasks ?? []).map((task) => ({ key: task.key, title: task.title, agency: task.owner?.agency ?? null, role: task.owner?.role ?? null, dueAt: due, outcomes: task.outcomes })),
    timers: (stage?.transitions ?? []).filter((t) => t.trigger === 'timer').map((t) => ({ transition: t.key, dueAt: due })),
    manualTransitions: (stage?.transitions ?? []).filter((t) => t.trigger === 'manual').map((t) => ({ key: t.key, to: t.to })),
    status: stage?.final ? 'Closed' : 'Open',
    problem,
    log,
  };
}

const page = (key, canEdit) => `<!DOCTYPE html><html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>Designer (mock)</title>
<link rel="stylesheet" href="/govuk.css"><link rel="stylesheet" href="/designer.css"></head>
<body class="govuk-template__body"><div class="govuk-width-container" style="max-width:1600px"><main class="govuk-main-wrapper">
<h1 class="govuk-heading-l">Workflow designer (mock server)</h1>
<input type="hidden" name="__RequestVerificationToken" value="${token}">
<div id="workflow-designer" data-workflow-key="${key}" data-can-edit="${canEdit}" data-api-base="/designer/workflows"></div>
</main></div><script type="module" src="/designer.js"></script></body></html>`;

function send(response, status, body, type = 'application/json') {
  response.writeHead(status, { 'content-type': type });
  response.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
}

createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  let body = '';
  for await (const chunk of request) body += chunk;
  const json = body ? JSON.parse(body) : undefined;
  if (request.method === 'POST' && request.headers['requestverificationtoken'] !== token) {
    return send(response, 400, { title: 'Missing anti-forgery token', status: 400 }, 'application/problem+json');
  }
  if (url.pathname === '/') return send(response, 200, page(url.searchParams.get('key') ?? 'cce-referral', url.searchParams.get('canEdit') ?? 'true'), 'text/html');
  if (url.pathname === '/designer.js' || url.pathname === '/designer.css') {
    return send(response, 200, readFileSync(join(built, url.pathname)), url.pathname.endsWith('.js') ? 'text/javascript' : 'text/css');
  }
  if (url.pathname === '/govuk.css') {
    const css = process.env.GOVUK_CSS;
    return send(response, 200, css && existsSync(css) ? readFileSync(css, 'utf8') : '', 'text/css');
  }
  const parts = url.pathname.replace(/^\/designer\/workflows\/?/, '').split('/').filter(Boolean);
  if (request.method === 'POST' && parts[0] === 'validate') {
    const errors = validate(json);
    return send(response, 200, { valid: errors.length === 0, errors });
  }
  if (request.method === 'POST' && parts[0] === 'simulate') return send(response, 200, simulate(json));
  const list = versions.get(parts[0]);
  if (!list) return send(response, 404, { title: 'Not found', status: 404 }, 'application/problem+json');
  const summary = ({ content, ...rest }) => rest;
  if (request.method === 'GET' && parts.length === 1) {
    const published = [...list].reverse().find((v) => v.status === 'Published');
    const draft = [...list].reverse().find((v) => v.status === 'Draft');
    return send(response, 200, {
      key: parts[0], canEdit: true, versions: list.map(summary),
      published: published ? { version: published.version, content: published.content } : null,
      draft: draft ? { version: draft.version, content: draft.content } : null,
      ...reference,
    });
  }
  if (request.method === 'GET' && parts[1] === 'versions') {
    const found = list.find((v) => v.version === Number(parts[2]));
    return found ? send(response, 200, { version: found.version, status: found.status, content: found.content }) : send(response, 404, { title: 'No such version' });
  }
  if (request.method === 'POST' && parts[1] === 'drafts') {
    const problems = validate(json);
    if (problems.length > 0) {
      const errors = Object.fromEntries(problems.map((p) => [p.path, [p.message]]));
      return send(response, 400, { title: 'The workflow has problems', status: 400, detail: `${problems.length} problem(s).`, errors, problems }, 'application/problem+json');
    }
    const existing = list.find((v) => v.status === 'Draft');
    const version = existing?.version ?? Math.max(...list.map((v) => v.version)) + 1;
    if (existing) existing.content = json;
    else list.push({ version, status: 'Draft', createdAt: new Date().toISOString(), publishedAt: null, contentHash: `v${version}`, content: json });
    return send(response, 201, { version, status: 'Draft' });
  }
  if (request.method === 'POST' && parts[1] === 'versions' && (parts[3] === 'publish' || parts[3] === 'retire')) {
    const found = list.find((v) => v.version === Number(parts[2]));
    const allowed = parts[3] === 'publish' ? found?.status === 'Draft' : found?.status === 'Published';
    if (!allowed) return send(response, 409, { title: `Version ${parts[2]} cannot be ${parts[3]}ed`, status: 409, detail: `It is ${found?.status ?? 'missing'}.` }, 'application/problem+json');
    if (parts[3] === 'publish') {
      for (const v of list) if (v.status === 'Published') v.status = 'Retired';
      found.status = 'Published';
      found.publishedAt = new Date().toISOString();
    } else found.status = 'Retired';
    return send(response, 200, { version: found.version, status: found.status });
  }
  send(response, 404, { title: 'Not found', status: 404 }, 'application/problem+json');
}).listen(port, '127.0.0.1', () => console.log(`Mock designer server on http://127.0.0.1:${port}/`));
