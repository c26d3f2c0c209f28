import { canonicalOrder, uniqueKey, withKey, type Outcome } from '../../model';
import { TextField } from '../fields/TextField';
import { ItemList } from './ItemList';

/** A task's outcomes: key and label each. */
export function OutcomesEditor({ outcomes, onChange }: { outcomes: Outcome[]; onChange: (outcomes: Outcome[]) => void }) {
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
        </>
      )}
    />
  );
}
