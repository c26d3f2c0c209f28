import { canonicalOrder, withKey } from './keyOrder';
import type { Outcome } from './types';

/**
 * Adds or removes one agency from the outcome's joint sign-off. Agencies keep the order they were
 * ticked in; an outcome left with none loses the key, so the file stays as it was before.
 */
export function setSignOff(outcome: Outcome, agency: string, needed: boolean): Outcome {
  const current = outcome.signOff ?? [];
  if (needed === current.includes(agency)) return outcome;
  const next = needed ? [...current, agency] : current.filter((key) => key !== agency);
  return withKey(outcome, 'signOff', next.length > 0 ? next : undefined, canonicalOrder.outcome);
}
