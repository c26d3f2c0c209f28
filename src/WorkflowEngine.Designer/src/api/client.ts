import type { WorkflowDocument } from '../model';
import type {
  DesignerWorkflow, Problem, SimulationResult, SimulationStep, ValidationResult, VersionContent, VersionState,
} from './types';

/** A call that the server refused or that never reached it. Carries the problem to show. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
  }
}

/** Talks to the designer endpoints under `apiBase`, sending the anti-forgery token with every POST. */
export class DesignerApi {
  constructor(
    private readonly apiBase: string,
    private readonly antiForgeryToken: string | undefined,
  ) {}

  getWorkflow(key: string): Promise<DesignerWorkflow> {
    return this.request('GET', `/${encodeURIComponent(key)}`);
  }

  getVersion(key: string, version: number): Promise<VersionContent> {
    return this.request('GET', `/${encodeURIComponent(key)}/versions/${version}`);
  }

  validate(doc: WorkflowDocument, signal?: AbortSignal): Promise<ValidationResult> {
    return this.request('POST', '/validate', doc, signal);
  }

  saveDraft(key: string, doc: WorkflowDocument): Promise<VersionState> {
    return this.request('POST', `/${encodeURIComponent(key)}/drafts`, doc);
  }

  publish(key: string, version: number): Promise<VersionState> {
    return this.request('POST', `/${encodeURIComponent(key)}/versions/${version}/publish`);
  }

  retire(key: string, version: number): Promise<VersionState> {
    return this.request('POST', `/${encodeURIComponent(key)}/versions/${version}/retire`);
  }

  simulate(workflow: WorkflowDocument, facts: Record<string, unknown>, steps: SimulationStep[]): Promise<SimulationResult> {
    return this.request('POST', '/simulate', { workflow, facts, steps });
  }

  private async request<T>(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (method === 'POST') {
      headers['content-type'] = 'application/json';
      if (this.antiForgeryToken) headers['RequestVerificationToken'] = this.antiForgeryToken;
    }
    let response: Response;
    try {
      response = await fetch(this.apiBase + path, {
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

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
