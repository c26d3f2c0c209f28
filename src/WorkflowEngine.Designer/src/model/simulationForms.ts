import type { ChoiceListOption, FactOption } from '../api/ruleSetTypes';
import type { FormField, WorkflowDocument } from './types';

// The simulator's forms: the contact's facts from the fact catalogue, and each task's own form,
// answered by clicking instead of writing JSON. Pure functions, unit tested.

export type QuestionKind = 'boolean' | 'integer' | 'number' | 'text' | 'longText' | 'date' | 'dateTime' | 'choice' | 'multiChoice' | 'textList';

/** One question of a simulator form. */
export interface FormQuestion {
  key: string;
  label: string;
  hint?: string;
  kind: QuestionKind;
  required: boolean;
  /** For choices: the entries, from the field's own choices or its choice list. */
  options?: { value: string; label: string }[];
  minimum?: number;
  maximum?: number;
  /** The most characters a text answer takes, as the engine enforces it; stated beside the box. */
  limit?: number;
}

/** The engine's default answer limits (Core's TextLimits, from the reference endpoint). */
export interface AnswerLimits {
  formText: number;
  formLongText: number;
}

/** What a control holds: text for numbers, dates and text; a flag for yes/no; values for multiple choices. */
export type Answer = string | boolean | string[];

/** A question per catalogue fact, in catalogue order. */
export function factQuestions(facts: readonly FactOption[], limits?: AnswerLimits): FormQuestion[] {
  return facts.map((fact) => ({
    key: fact.key,
    label: fact.label,
    hint: fact.description ?? undefined,
    kind: fact.type,
    required: false,
    minimum: fact.minimum ?? undefined,
    maximum: fact.maximum ?? undefined,
    // A text fact on a contact takes up to the long-text limit (Core's FactValueCheck).
    limit: fact.type === 'text' ? limits?.formLongText : undefined,
  }));
}

/** The questions of a task's form, choices resolved from its choice list. Empty when the task has no form. */
export function taskQuestions(doc: WorkflowDocument, taskKey: string, lists: readonly ChoiceListOption[], limits?: AnswerLimits): FormQuestion[] {
  const task = doc.stages.flatMap((stage) => stage.tasks ?? []).find((candidate) => candidate.key === taskKey);
  return (task?.form ?? []).map((field) => questionOf(field, lists, limits));
}

function questionOf(field: FormField, lists: readonly ChoiceListOption[], limits?: AnswerLimits): FormQuestion {
  // A field needed for some outcomes is answered by default too, so a simulation can go on by clicking.
  const required = field.required === true || (field.requiredFor?.length ?? 0) > 0;
  const question: FormQuestion = { key: field.key, label: field.label || field.key, hint: field.hint, kind: field.type, required };
  // As FormField.AnswerLimit: the field's own maxLength, else the engine's default for its type.
  if (field.type === 'text') question.limit = field.maxLength ?? limits?.formText;
  if (field.type === 'longText') question.limit = field.maxLength ?? limits?.formLongText;
  if (field.type === 'choice' || field.type === 'multiChoice') {
    question.options = field.choices?.map((choice) => ({ value: choice.value, label: choice.label }))
      ?? lists.find((list) => list.key === field.choiceList)?.items
      ?? [];
  }
  return question;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * First answers: the sample's value where it has one; otherwise what lets a simulation go on by
 * clicking: a choice's first option, no for yes/no, and for a required field a plausible answer.
 */
export function defaultAnswers(questions: readonly FormQuestion[], sample: Record<string, unknown> = {}): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const question of questions) {
    const given = sample[question.key];
    switch (question.kind) {
      case 'boolean':
        answers[question.key] = typeof given === 'boolean' ? given : false;
        break;
      case 'integer':
      case 'number':
        answers[question.key] = typeof given === 'number' ? String(given) : question.required ? String(question.minimum ?? 1) : '';
        break;
      case 'choice':
        answers[question.key] = typeof given === 'string' && question.options?.some((option) => option.value === given) ? given : question.options?.[0]?.value ?? '';
        break;
      case 'multiChoice':
        answers[question.key] = Array.isArray(given) && (given.length > 0 || !question.required)
          ? given.map(String)
          : question.required && question.options?.[0] ? [question.options[0].value] : [];
        break;
      case 'textList':
        answers[question.key] = Array.isArray(given) ? given.map(String).join('\n') : '';
        break;
      case 'date':
        answers[question.key] = typeof given === 'string' ? given : question.required ? today() : '';
        break;
      case 'dateTime':
        answers[question.key] = typeof given === 'string' ? given.slice(0, 16) : question.required ? new Date().toISOString().slice(0, 16) : '';
        break;
      default:
        answers[question.key] = typeof given === 'string' && given !== '' ? given : question.required ? 'Recorded in a simulation.' : '';
    }
  }
  return answers;
}

/** A question whose answer cannot be sent, with what to put right. */
export interface AnswerProblem {
  key: string;
  message: string;
}

/** The answers as JSON for the simulate endpoint: empty optional answers are left out. */
export function answersToJson(questions: readonly FormQuestion[], answers: Record<string, Answer>): { data: Record<string, unknown>; problems: AnswerProblem[] } {
  const data: Record<string, unknown> = {};
  const problems: AnswerProblem[] = [];
  for (const question of questions) {
    const answer = answers[question.key];
    if (question.kind === 'boolean') {
      if (typeof answer === 'boolean') data[question.key] = answer;
      continue;
    }
    if (question.kind === 'multiChoice') {
      const values = Array.isArray(answer) ? answer : [];
      if (values.length > 0 || question.required) data[question.key] = values;
      if (values.length === 0 && question.required) problems.push({ key: question.key, message: `Select at least one: ${question.label}` });
      continue;
    }
    const text = typeof answer === 'string' ? answer.trim() : '';
    if (text === '') {
      if (question.required) problems.push({ key: question.key, message: `Answer "${question.label}"` });
      continue;
    }
    if (question.kind === 'integer' || question.kind === 'number') {
      const value = Number(text);
      if (!Number.isFinite(value) || (question.kind === 'integer' && !Number.isInteger(value))) {
        problems.push({ key: question.key, message: `${question.label} must be ${question.kind === 'integer' ? 'a whole number' : 'a number'}` });
      } else if ((question.minimum !== undefined && value < question.minimum) || (question.maximum !== undefined && value > question.maximum)) {
        problems.push({ key: question.key, message: `${question.label} must be between ${question.minimum ?? '…'} and ${question.maximum ?? '…'}` });
      } else {
        data[question.key] = value;
      }
    } else if (question.kind === 'textList') {
      data[question.key] = text.split(/\r?\n|,/).map((entry) => entry.trim()).filter((entry) => entry !== '');
    } else if (question.kind === 'dateTime') {
      const moment = new Date(text);
      if (Number.isNaN(moment.getTime())) problems.push({ key: question.key, message: `${question.label} must be a date and time` });
      else data[question.key] = moment.toISOString();
    } else {
      data[question.key] = text;
    }
  }
  return { data, problems };
}
