import type { FormField, WorkflowDocument } from '../../model';

/**
 * Facts for a first run: a 15-year-old reported missing several times and found out of area,
 * not at immediate risk, so the CCE referral goes through the front door to screening. Authors
 * edit them to try other routes.
 */
export const sampleFacts = {
  urgent: false,
  referrerAgency: 'police',
  ageYears: 15,
  missingEpisodes: 3,
  foundOutOfArea: true,
  carryingWeapons: false,
  arrestedForDrugSupply: false,
  olderOrControllingAssociates: true,
  unexplainedMoneyOrGifts: true,
  multiplePhones: false,
  substanceMisuse: false,
  peersOfConcern: true,
  permanentlyExcluded: false,
  suspended: false,
  persistentAbsence: true,
  severeAbsence: false,
  notInEducation: false,
  unexplainedInjuries: false,
  selfHarm: false,
  lookedAfter: false,
  disclosure: false,
};

/** A plausible answer for each required field of a task, so completing it in a simulation passes. */
export function sampleAnswers(doc: WorkflowDocument, taskKey: string): Record<string, unknown> {
  const task = doc.stages.flatMap((stage) => stage.tasks ?? []).find((candidate) => candidate.key === taskKey);
  const answers: Record<string, unknown> = {};
  for (const field of task?.form ?? []) if (field.required) answers[field.key] = sampleAnswer(field);
  return answers;
}

function sampleAnswer(field: FormField): unknown {
  switch (field.type) {
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return 1;
    case 'date':
      return new Date().toISOString().slice(0, 10);
    case 'dateTime':
      return new Date().toISOString();
    case 'choice':
      return field.choices?.[0]?.value ?? 'simulated';
    case 'multiChoice':
      return field.choices?.[0] ? [field.choices[0].value] : [];
    default:
      return 'Entered in a simulation';
  }
}
