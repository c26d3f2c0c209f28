import type { TextLimits } from '../ui/fields/CharacterCount';
import type { ValidationProblem, WorkflowDocument } from '../model';

// The JSON the Web project's designer endpoints speak (see the README's endpoint contract).

export type VersionStatus = 'Draft' | 'Published' | 'Retired';

export interface VersionSummary {
  version: number;
  status: VersionStatus;
  createdAt: string;
  publishedAt?: string | null;
  contentHash: string;
}

export interface VersionContent {
  version: number;
  status?: VersionStatus;
  content: WorkflowDocument;
}

export interface NamedKey {
  key: string;
  name: string;
}

export interface DesignerWorkflow {
  key: string;
  canEdit: boolean;
  versions: VersionSummary[];
  published: VersionContent | null;
  draft: VersionContent | null;
  ruleSets: (NamedKey & { version: number })[];
  agencies: (NamedKey & { roles: NamedKey[] })[];
  calendars: string[];
  panels: string[];
  lists: string[];
  /** The text limits the validator enforces (Core's TextLimits), stated beside each box. */
  limits: TextLimits;
}

export interface ValidationResult {
  valid: boolean;
  errors: ValidationProblem[];
}

export interface VersionState {
  version: number;
  status: VersionStatus;
}

export type SimulationStep =
  | { kind: 'complete'; task: string; outcome: string; data: Record<string, unknown>; agency?: string }
  | { kind: 'timer'; transition: string }
  | { kind: 'move'; transition: string };

export interface SimulationResult {
  path: { stage: string; stageName: string; at: string; via?: string | null }[];
  openTasks: {
    key: string;
    title: string;
    agency?: string | null;
    role?: string | null;
    dueAt?: string | null;
    outcomes: { key: string; label: string }[];
  }[];
  timers: { transition: string; dueAt: string }[];
  manualTransitions: { key: string; to: string }[];
  status: 'Open' | 'Closed';
  problem?: string | null;
  /** The zero-based index of the step that could not apply. */
  problemStep?: number | null;
  log: string[];
}

/** An RFC 9457 problem, as the server sends for 4xx and 5xx answers. */
export interface Problem {
  status: number;
  title: string;
  detail?: string;
  errors?: Record<string, string[]>;
  problems?: ValidationProblem[];
}
