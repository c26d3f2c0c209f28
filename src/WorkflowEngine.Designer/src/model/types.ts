// The workflow document as the designer edits it: see docs/workflow-format.md.
// Types are loose on purpose. The server's validator is the judge of what is valid; the designer
// must open, show and save back a half-finished or newer document without losing anything, so
// every object keeps keys it does not know about.

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

interface Open {
  [unknownKey: string]: unknown;
}

export type DueAnchor = 'taskCreated' | 'caseOpened' | 'stageEntered';

export interface Due extends Open {
  workingDays?: number;
  /** With workingDays: count on this calendar instead of the workflow's (e.g. school days). */
  calendar?: string;
  /** With workingDays: the date fact day 1 is (e.g. exclusionDate); due at the start of the day after the count. */
  fromDate?: string;
  duration?: string;
  beforeNextPanel?: string;
  nextPanel?: string;
  /** With beforeNextPanel: the last sitting on or before this ISO-8601 duration after the anchor (e.g. P12W). */
  latestWithin?: string;
  from?: DueAnchor;
}

export interface Owner extends Open {
  agency?: string;
  role?: string;
  ruleSet?: string;
  forEachAgencyIn?: string;
}

export interface Outcome extends Open {
  key: string;
  label: string;
  /** A guard rule set that must pass (over the case's facts with this task's answers) before completing with this outcome. */
  guard?: string;
  /** Agencies that must each sign the task off before it can be completed with this outcome (joint sign-off). */
  signOff?: string[];
}

export interface Choice extends Open {
  value: string;
  label: string;
}

export const formFieldTypes = [
  'text', 'longText', 'integer', 'number', 'boolean', 'date', 'dateTime', 'choice', 'multiChoice',
] as const;
export type FormFieldType = (typeof formFieldTypes)[number];

export interface FormField extends Open {
  key: string;
  label: string;
  hint?: string;
  type: FormFieldType;
  required?: boolean;
  /** Outcomes for which an answer is needed although the field is otherwise optional. */
  requiredFor?: string[];
  /** Smallest answer of an integer or number field (the server requires a range for those). */
  minimum?: number;
  /** Largest answer of an integer or number field. */
  maximum?: number;
  /** Most characters of a text or longText answer; 500 and 10000 when not given. */
  maxLength?: number;
  choices?: Choice[];
  choiceList?: string;
}

export const escalationActions = ['notify', 'raisePriority', 'reassign'] as const;
export type EscalationAction = (typeof escalationActions)[number];

export interface EscalationRung extends Open {
  level: number;
  after: Due;
  target: { role: string; agency?: string; [unknownKey: string]: unknown };
  actions?: EscalationAction[];
}

export interface Task extends Open {
  key: string;
  title: string;
  description?: string;
  owner: Owner;
  due: Due;
  outcomes: Outcome[];
  form?: FormField[];
  /** Tell the person who raised the concern the outcome when the task is completed. */
  tellReferrer?: boolean;
  escalation?: EscalationRung[];
}

export interface Decision extends Open {
  ruleSet: string;
  when?: 'allTasksDone' | 'anyTaskDone';
  resultFact?: string;
}

export const triggers = ['outcome', 'decision', 'allTasksDone', 'anyTaskDone', 'timer', 'manual'] as const;
export type Trigger = (typeof triggers)[number];

export interface Transition extends Open {
  key: string;
  to: string;
  trigger: Trigger;
  task?: string;
  outcome?: string;
  decision?: string;
  after?: Due;
  guard?: string;
  label?: string;
  startWorkflows?: string[];
}

export interface Stage extends Open {
  key: string;
  name: string;
  description?: string;
  final?: boolean;
  tasks?: Task[];
  decision?: Decision;
  transitions?: Transition[];
}

export interface Point {
  x: number;
  y: number;
}

/** What the designer keeps in the document's root `designer` object; the engine ignores it. */
export interface DesignerMetadata extends Open {
  positions?: Record<string, Point>;
}

export interface WorkflowDocument extends Open {
  $schema?: string;
  key: string;
  name: string;
  description?: string;
  calendar: string;
  startStage: string;
  linkedWorkflows?: string[];
  stages: Stage[];
  designer?: DesignerMetadata;
}
