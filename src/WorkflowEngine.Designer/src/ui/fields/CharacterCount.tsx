import type { ReactNode } from 'react';

/** The server's text limits, as the reference endpoint gives them (Core's TextLimits: one source for both). */
export interface TextLimits {
  ruleName: number;
  ruleDescription: number;
  ruleDecision: number;
  ruleMessage: number;
  /** A one-line form answer when the field sets no maxLength (FormField.AnswerLimit). */
  formText: number;
  /** A several-line form answer when the field sets no maxLength; also a text fact's limit. */
  formLongText: number;
  /** A rule's condition, output or named value (Core's ExpressionLimits). */
  expression: number;
  /** A key or identifier in a workflow file (stage, task, transition, outcome, field keys). */
  definitionKey: number;
  /** A name, title or label in a workflow file. */
  definitionName: number;
  /** A description, guidance or hint in a workflow file. */
  definitionText: number;
}

const count = (n: number) => n.toLocaleString('en-GB');

/** The hint of a one-line box, as the Razor pages word it: "Up to 100 characters." */
export const upToHint = (limit: number) => `Up to ${count(limit)} characters.`;

/** What a character count says as the author types, in GOV.UK's words. */
export function remainingMessage(length: number, limit: number): string {
  const left = limit - length;
  if (left >= 0) return `You have ${count(left)} character${left === 1 ? '' : 's'} remaining`;
  return `You have ${count(-left)} character${left === -1 ? '' : 's'} too many`;
}

interface GroupProps {
  limit: number;
  failing: boolean;
  children: ReactNode;
}

/** A GOV.UK character count's form group: the limit on the group, as the Razor pages mark it. */
export function CharacterCountGroup({ limit, failing, children }: GroupProps) {
  return (
    <div className={`govuk-form-group ruleset-group govuk-character-count${failing ? ' govuk-form-group--error' : ''}`} data-maxlength={limit}>
      {children}
    </div>
  );
}

interface TextareaProps {
  id: string;
  limit: number;
  value: string;
  rows: number;
  /** The hint's id, when the field has one. */
  hintId?: string;
  /** The error message's id, when the field has one. */
  errorId?: string;
  onChange: (value: string) => void;
}

/**
 * A textarea that states its limit beneath it ("You can enter up to 2,000 characters") and says,
 * as the author types, how many are left or how many too many (announced politely). Text over the
 * limit is kept, not cut: the server refuses it with a message naming the field.
 */
export function CharacterCountTextarea({ id, limit, value, rows, hintId, errorId, onChange }: TextareaProps) {
  const over = value.length > limit;
  return (
    <>
      <textarea
        className={`govuk-textarea govuk-js-character-count${over || errorId ? ' govuk-textarea--error' : ''}`}
        rows={rows}
        id={id}
        value={value}
        aria-describedby={[hintId, `${id}-info`, errorId].filter(Boolean).join(' ')}
        onChange={(event) => onChange(event.target.value)}
      />
      <div id={`${id}-info`} className="govuk-hint govuk-character-count__message">You can enter up to {count(limit)} characters</div>
      <div className={`govuk-character-count__status ${over ? 'govuk-error-message' : 'govuk-hint'}`} aria-live="polite">{remainingMessage(value.length, limit)}</div>
    </>
  );
}
