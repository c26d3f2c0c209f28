import type { Due, Owner, Stage, Transition } from './types';

// Short sentences for the canvas, the tables and the diff. They name keys as the author wrote them.

const anchors: Record<string, string> = {
  taskCreated: 'task created',
  caseOpened: 'case opened',
  stageEntered: 'stage entered',
};

/** "1 working day from case opened", "PT72H", "before next mace-panel agenda closes". */
export function describeDue(due: Due | undefined): string {
  if (!due) return 'no due time';
  let text: string;
  if (typeof due.workingDays === 'number') {
    text = `${due.workingDays} working day${due.workingDays === 1 ? '' : 's'}`;
  } else if (typeof due.duration === 'string') {
    text = describeDuration(due.duration);
  } else if (typeof due.beforeNextPanel === 'string') {
    text = typeof due.latestWithin === 'string'
      ? `before the agenda closes for the last ${due.beforeNextPanel} sitting within ${describeDuration(due.latestWithin)}`
      : `before the next ${due.beforeNextPanel} agenda closes`;
  } else if (typeof due.nextPanel === 'string') {
    text = `at the next ${due.nextPanel} sitting`;
  } else {
    text = 'no due time';
  }
  if (due.from && due.from !== 'taskCreated') text += ` from ${anchors[due.from] ?? due.from}`;
  return text;
}

/** "PT72H" → "72 hours"; anything not understood is shown as written. */
export function describeDuration(iso: string): string {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso);
  if (!match || iso === 'P' || iso.endsWith('T')) return iso;
  const units = ['week', 'day', 'hour', 'minute'];
  const parts = match
    .slice(1)
    .map((value, index) => (value === undefined ? '' : `${value} ${units[index]}${value === '1' ? '' : 's'}`))
    .filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : iso;
}

/** "childrens-social-care (mash)", "chosen by rule set task-assignment", "each agency in disruptionAgencies". */
export function describeOwner(owner: Owner | undefined): string {
  if (!owner) return 'no owner';
  const role = owner.role ? ` (${owner.role})` : '';
  if (owner.agency) return owner.agency + role;
  if (owner.ruleSet) return `chosen by rule set ${owner.ruleSet}${role}`;
  if (owner.forEachAgencyIn) return `each agency in ${owner.forEachAgencyIn}${role}`;
  return 'no owner';
}

/** What fires a transition, in words: the edge label on the canvas. */
export function describeTrigger(transition: Transition, stage?: Stage): string {
  let text: string;
  switch (transition.trigger) {
    case 'outcome': {
      const task = stage?.tasks?.find((candidate) => candidate.key === transition.task);
      const outcome = task?.outcomes?.find((candidate) => candidate.key === transition.outcome);
      text = `Outcome: ${outcome?.label ?? transition.outcome ?? '?'}`;
      if (outcome?.signOff?.length) text += ` (sign-off: ${outcome.signOff.join(', ')})`;
      break;
    }
    case 'decision':
      text = `Decision: ${transition.decision ?? '?'}`;
      break;
    case 'allTasksDone':
      text = 'All tasks done';
      break;
    case 'anyTaskDone':
      text = 'Any task done';
      break;
    case 'timer':
      text = `Timer: ${describeDue(transition.after)}`;
      break;
    case 'manual':
      text = `By hand${transition.label ? `: ${transition.label}` : ''}`;
      break;
    default:
      text = String(transition.trigger ?? 'no trigger');
  }
  if (transition.guard) text += ` (if ${transition.guard})`;
  return text;
}
