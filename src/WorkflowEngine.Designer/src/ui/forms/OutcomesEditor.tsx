import { canonicalOrder, setSignOff, uniqueKey, withKey, type Outcome } from '../../model';
import { CheckboxField } from '../fields/CheckboxField';
import { GroupFieldset } from '../fields/GroupFieldset';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useReferenceData } from '../ReferenceData';
import { ItemList } from './ItemList';

/** A task's outcomes: key and label each, an optional guard and the agencies that must sign off. */
export function OutcomesEditor({ outcomes, onChange }: { outcomes: Outcome[]; onChange: (outcomes: Outcome[]) => void }) {
  const { ruleSets, agencies, limits } = useReferenceData();
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
          <TextField label="Outcome key" limit={limits?.definitionKey} field="key" width="one-half" value={outcome.key} onCommit={(key) => update(withKey(outcome, 'key', key.trim(), canonicalOrder.outcome))} />
          <TextField label="Outcome label" limit={limits?.definitionName} field="label" value={outcome.label} onCommit={(label) => update(withKey(outcome, 'label', label, canonicalOrder.outcome))} />
          <SelectField
            label="Guard rule set (optional)"
            field="guard"
            hint="All its rules must succeed, over the case's facts with this task's answers, before the task can be completed with this outcome."
            value={outcome.guard}
            emptyLabel="No guard"
            options={ruleSets.map((ruleSet) => ({ value: ruleSet.key, label: `${ruleSet.name} (v${ruleSet.version})` }))}
            onChange={(guard) => update(withKey(outcome, 'guard', guard || undefined, canonicalOrder.outcome))}
          />
          <GroupFieldset legend="Sign-off needed from (optional)" field="signOff">
            <p className="govuk-hint">Each agency ticked must sign the task off before it can be completed with this outcome.</p>
            {/* An agency no longer in the list still shows, so it can be unticked. */}
            {[...agencies.map((agency) => ({ key: agency.key, name: agency.name })),
              ...(outcome.signOff ?? []).filter((key) => !agencies.some((agency) => agency.key === key)).map((key) => ({ key, name: `${key} (not an agency of the partnership)` }))]
              .map((agency) => (
                <CheckboxField
                  key={agency.key}
                  label={agency.name}
                  checked={(outcome.signOff ?? []).includes(agency.key)}
                  onChange={(needed) => update(setSignOff(outcome, agency.key, needed))}
                />
              ))}
          </GroupFieldset>
        </>
      )}
    />
  );
}
