import type { Selection } from './problemTargets';

// The fields each side-panel form shows, written as paths relative to the selected item with `[]`
// for any position in a list. A validator path is matched against them from the most specific end:
// `$.stages[2].tasks[0].outcomes[1].label` is the task form's `outcomes[1].label`.
const formFields: Record<Selection['kind'], readonly string[]> = {
  workflow: ['name', 'description', 'calendar', 'startStage', 'linkedWorkflows'],
  stage: ['key', 'name', 'description', 'final', 'decision.ruleSet', 'decision.when', 'decision.resultFact'],
  task: [
    'key', 'title', 'description',
    'owner', 'owner.agency', 'owner.ruleSet', 'owner.forEachAgencyIn', 'owner.role',
    ...dueFields('due'),
    'outcomes', 'outcomes[].key', 'outcomes[].label',
    'form', 'form[].key', 'form[].label', 'form[].hint', 'form[].type', 'form[].required', 'form[].minimum', 'form[].maximum', 'form[].maxLength', 'form[].choiceList',
    'form[].choices', 'form[].choices[].value', 'form[].choices[].label',
    'escalation', 'escalation[].level', ...dueFields('escalation[].after'), 'escalation[].target.role', 'escalation[].target.agency',
    'escalation[].actions',
  ],
  transition: ['key', 'to', 'trigger', 'task', 'outcome', 'decision', ...dueFields('after'), 'guard', 'label', 'startWorkflows'],
};

// Where a problem with a part that has no field of its own is shown instead.
const standIns: Record<string, string> = {
  'decision': 'decision.ruleSet',
  'outcomes[]': 'outcomes[].key',
  'form[]': 'form[].key',
  'form[].choices[]': 'form[].choices[].value',
  'escalation[]': 'escalation[].level',
  'escalation[].target': 'escalation[].target.role',
};

// Lists typed into one text field or one group of checkboxes: their entries have no field each.
const wholeLists = /\.?(linkedWorkflows|startWorkflows|actions)\[\d+\]/g;

function dueFields(at: string): string[] {
  return [at, ...['workingDays', 'duration', 'beforeNextPanel', 'nextPanel', 'latestWithin', 'from'].map((key) => `${at}.${key}`)];
}

/** The validator path of the item a selection shows, such as `$.stages[2].tasks[0]`. */
export function selectionPath(selection: Selection): string {
  switch (selection.kind) {
    case 'workflow':
      return '$';
    case 'stage':
      return `$.stages[${selection.stageIndex}]`;
    case 'task':
      return `$.stages[${selection.stageIndex}].tasks[${selection.taskIndex}]`;
    case 'transition':
      return `$.stages[${selection.stageIndex}].transitions[${selection.transitionIndex}]`;
  }
}

/**
 * The field of the selection's form that a problem at `path` concerns, relative to the selected
 * item (`title`, `owner.agency`, `outcomes[1].key`), or undefined when the problem is about the
 * item as a whole and belongs at the top of the form.
 */
export function problemField(selection: Selection, path: string): string | undefined {
  const prefix = selectionPath(selection);
  let rest: string;
  if (prefix === '$') {
    if (/^\$\.stages\[\d+\]/.test(path)) return undefined;
    rest = path.startsWith('$.') ? path.slice(2) : '';
  } else if (path.startsWith(`${prefix}.`)) {
    rest = path.slice(prefix.length + 1);
  } else {
    return undefined;
  }
  rest = rest.replace(wholeLists, (_, list: string) => `.${list}`).replace(/^\./, '');
  const known = formFields[selection.kind];
  while (rest !== '') {
    const shape = rest.replace(/\[\d+\]/g, '[]');
    if (known.includes(shape)) return rest;
    const standIn = standIns[shape];
    if (standIn) return rest + standIn.slice(shape.length);
    rest = rest.replace(/(\[\d+\]|\.?[^.[]+)$/, '');
  }
  return undefined;
}

/** A field's path below a group's, as the forms nest them: `outcomes` + `[1]`, `owner` + `agency`. */
export function joinField(group: string | undefined, field: string): string {
  if (!group) return field;
  return field.startsWith('[') ? `${group}${field}` : `${group}.${field}`;
}

/** The element id a field is given in the side panel, so the error summary can link to it. */
export function fieldElementId(field: string): string {
  return `designer-field-${field.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}
