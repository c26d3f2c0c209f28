import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import type { ValidationResult } from '../../api/types';
import type { ValidationProblem } from '../../model';

export const validationDelayMs = 500;

export interface ValidationState {
  status: 'idle' | 'checking' | 'checked' | 'failed';
  problems: ValidationProblem[];
  /** Why the check itself could not be made (the server could not be reached, say). */
  failure?: string;
}

/** Asks the server's validator about the document (a workflow or a rule set) half a second after the last change. */
export function useValidation<TDoc>(api: { validate(doc: TDoc, signal?: AbortSignal): Promise<ValidationResult> }, doc: TDoc, enabled: boolean): ValidationState {
  const [state, setState] = useState<ValidationState>({ status: 'idle', problems: [] });
  useEffect(() => {
    if (!enabled) return;
    const abort = new AbortController();
    const timer = window.setTimeout(() => {
      setState((current) => ({ ...current, status: 'checking' }));
      api.validate(doc, abort.signal).then(
        (result) => setState({ status: 'checked', problems: result.errors ?? [] }),
        (error: unknown) => {
          if ((error as Error).name === 'AbortError') return;
          const message = error instanceof ApiError ? error.message : String(error);
          setState((current) => ({ status: 'failed', problems: current.problems, failure: message }));
        },
      );
    }, validationDelayMs);
    return () => {
      window.clearTimeout(timer);
      abort.abort();
    };
  }, [api, doc, enabled]);
  return state;
}
