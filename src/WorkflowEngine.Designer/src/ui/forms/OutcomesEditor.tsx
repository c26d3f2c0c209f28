import { canonicalOrder, uniqueKey, withKey, type Outcome } from '../../model';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useReferenceData } from '../ReferenceData';
import { ItemList } from './ItemList';

/** A task's outcomes: key and label each. */
export function OutcomesEditor({ outcomes, onChange }: { outcomes: Outcome[]; onChange: (outcomes: Outcome[]) => void }) {
  const { ruleSets } = useReferenceData();
  return (
    <ItemList
      legend="Outcomes"
      field="outcomes"
      noun="outcome"
      items={outcomes}
      onChange={onChange}
      create={(items) => ({ key: uniqueKey('outcome', items.map((item) => item.key)), label: 'New outcome' })}
      describe={(outcome) => outcome.label}
      render={(outcome, update) => (
        <>
          <TextField label="Outcome key" field="key" width="one-half" value={outcome.key} onCommit={(key) => update(withKey(outcome, 'key', key.trim(), canonicalOrder.outcome))} />
          <TextField label="Outcome label" field="label" value={outcome.label} onCommit={(label) => update(withKey(outcome, 'label', label, canonicalOrder.outcome))} />
          <SelectField
            label="Guard rule set (optional)"
            field="guard"
            hint="All its rules must succeed, over the case's facts with this task's answers, before the task can be completed with this outcome."
            value={outcome.guard}
            emptyLabel="No guard"
            options={ruleSets.map((ruleSet) => ({ value: ruleSet.key, label: `${ruleSet.name} (v${ruleSet.version})` }))}
            onChange={(guard) => update(withKey(outcome, 'guard', guard || undefined, canonicalOrder.outcome))}
          />
        </>
      )}
    />
  );
}
