import type { WorkflowDocument } from '../model';
import type { DesignerReference } from './ruleSetTypes';
import type {
  DesignerWorkflow, Problem, SimulationResult, SimulationStep, ValidationResult, VersionContent, VersionState,
} from './types';

/** A call that the server refused or that never reached it. Carries the problem to show. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
  }
}

/**
 * Calls JSON endpoints under `apiBase` with the person's cookie, sending the anti-forgery token
 * with every POST, and the version endpoints both editors share (`/{key}`, `/validate`,
 * `/{key}/drafts`, `/{key}/versions/{n}`, `…/publish`, `…/retire`).
 */
export class VersionedDocumentApi<TDoc> {
  constructor(
    protected readonly apiBase: string,
    private readonly antiForgeryToken: string | undefined,
  ) {}

  getVersion(key: string, version: number): Promise<{ version: number; status?: VersionContent['status']; content: TDoc }> {
    return this.request('GET', `/${encodeURIComponent(key)}/versions/${version}`);
  }

  validate(doc: TDoc, signal?: AbortSignal): Promise<ValidationResult> {
    return this.request('POST', '/validate', doc, signal);
  }

  saveDraft(key: string, doc: TDoc): Promise<VersionState> {
    return this.request('POST', `/${encodeURIComponent(key)}/drafts`, doc);
  }

  publish(key: string, version: number): Promise<VersionState> {
    return this.request('POST', `/${encodeURIComponent(key)}/versions/${version}/publish`);
  }

  retire(key: string, version: number): Promise<VersionState> {
    return this.request('POST', `/${encodeURIComponent(key)}/versions/${version}/retire`);
  }

  /** A GET of an address outside `apiBase`, such as the shared reference data. */
  getAt<T>(address: string): Promise<T> {
    return this.send('GET', address);
  }

  protected request<T>(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    return this.send(method, this.apiBase + path, body, signal);
  }

  private async send<T>(method: 'GET' | 'POST', address: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (method === 'POST') {
      headers['content-type'] = 'application/json';
      if (this.antiForgeryToken) headers['RequestVerificationToken'] = this.antiForgeryToken;
    }
    let response: Response;
    try {
      response = await fetch(address, {
        method,
        headers,
        credentials: 'same-origin',
        body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
        signal,
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError({ status: 0, title: 'The server could not be reached', detail: (error as Error).message });
    }
    const text = await response.text();
    const json = text ? safeParse(text) : undefined;
    if (!response.ok) {
      const problem = (json ?? {}) as Partial<Problem>;
      throw new ApiError({
        ...problem,
        status: response.status,
        title: problem.title ?? `The server answered ${response.status} ${response.statusText}`.trim(),
      });
    }
    return json as T;
  }
}

/** The workflow designer's endpoints (`/designer/workflows`), and the reference data its simulator's forms use. */
export class DesignerApi extends VersionedDocumentApi<WorkflowDocument> {
  constructor(apiBase: string, antiForgeryToken: string | undefined, private readonly referenceUrl = '/designer/reference') {
    super(apiBase, antiForgeryToken);
  }

  getReference(): Promise<DesignerReference> {
    return this.getAt(this.referenceUrl);
  }

  getWorkflow(key: string): Promise<DesignerWorkflow> {
    return this.request('GET', `/${encodeURIComponent(key)}`);
  }

  simulate(workflow: WorkflowDocument, facts: Record<string, unknown>, steps: SimulationStep[]): Promise<SimulationResult> {
    return this.request('POST', '/simulate', { workflow, facts, steps });
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
