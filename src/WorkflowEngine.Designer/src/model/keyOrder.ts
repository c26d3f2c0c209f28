// Export must match the files in workflows/ byte for byte, so edits keep the keys an object already
// has where they are, and a key the user adds goes where the format's own files put it.

/** The order the shipped workflows write their settings in (schemas/workflow.schema.json). */
export const canonicalOrder = {
  workflow: ['$schema', 'key', 'name', 'description', 'calendar', 'startStage', 'linkedWorkflows', 'stages', 'designer'],
  stage: ['key', 'name', 'description', 'final', 'tasks', 'decision', 'transitions'],
  decision: ['ruleSet', 'when', 'resultFact'],
  task: ['key', 'title', 'description', 'owner', 'due', 'outcomes', 'form', 'tellAgencyIn', 'tellReferrer', 'escalation'],
  owner: ['agency', 'ruleSet', 'forEachAgencyIn', 'role'],
  due: ['workingDays', 'calendar', 'fromDate', 'duration', 'beforeNextPanel', 'nextPanel', 'latestWithin', 'from'],
  outcome: ['key', 'label', 'guard', 'signOff'],
  formField: ['key', 'label', 'hint', 'type', 'required', 'requiredFor', 'minimum', 'maximum', 'maxLength', 'choices', 'choiceList'],
  choice: ['value', 'label'],
  escalationRung: ['level', 'after', 'target', 'actions'],
  escalationTarget: ['role', 'agency'],
  transition: ['key', 'to', 'trigger', 'task', 'outcome', 'decision', 'after', 'guard', 'label', 'startWorkflows'],
} as const;

/**
 * Returns a copy of `target` with `key` set to `value` (or removed when `value` is undefined).
 * An existing key keeps its place; a new key is put before the first existing key that the
 * canonical order puts after it, else at the end. Unknown keys stay where they are.
 */
export function withKey<T extends object>(
  target: T,
  key: string,
  value: unknown,
  order: readonly string[] = [],
): T {
  const source = target as Record<string, unknown>;
  if (value === undefined) {
    if (!(key in source)) return target;
    const { [key]: _removed, ...rest } = source;
    return rest as T;
  }
  if (key in source) {
    if (source[key] === value) return target;
    return { ...source, [key]: value } as T;
  }
  const rank = order.indexOf(key);
  const result: Record<string, unknown> = {};
  let placed = false;
  for (const existing of Object.keys(source)) {
    const existingRank = order.indexOf(existing);
    if (!placed && rank >= 0 && existingRank > rank) {
      result[key] = value;
      placed = true;
    }
    result[existing] = source[existing];
  }
  if (!placed) result[key] = value;
  return result as T;
}

/** Applies several `withKey` changes in turn. */
export function withKeys<T extends object>(target: T, changes: Record<string, unknown>, order: readonly string[] = []): T {
  let result = target;
  for (const [key, value] of Object.entries(changes)) result = withKey(result, key, value, order);
  return result;
}
