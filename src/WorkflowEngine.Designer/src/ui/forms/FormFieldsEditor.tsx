import { canonicalOrder, formFieldTypes, uniqueKey, withKey, type Choice, type FormField } from '../../model';
import { CheckboxField } from '../fields/CheckboxField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useReferenceData } from '../ReferenceData';
import { ItemList } from './ItemList';

const takesChoices = (type: string) => type === 'choice' || type === 'multiChoice';
const takesRange = (type: string) => type === 'integer' || type === 'number';
const takesLength = (type: string) => type === 'text' || type === 'longText';
// An empty box removes the setting; anything else is kept as typed for the server to judge if it is not a number.
const asNumber = (text: string): number | undefined => (text.trim() === '' || Number.isNaN(Number(text)) ? undefined : Number(text));

/** The fields a practitioner fills in on completing a task, with their choices. */
export function FormFieldsEditor({ fields, onChange }: { fields: FormField[] | undefined; onChange: (fields: FormField[]) => void }) {
  const { lists, limits } = useReferenceData();
  return (
    <ItemList
      legend="Form fields"
      field="form"
      noun="form field"
      items={fields}
      onChange={onChange}
      create={(items) => ({ key: uniqueKey('newField', items.map((item) => item.key)).replace(/-/g, ''), label: 'New question', type: 'text' as const })}
      describe={(field) => field.label}
      render={(field, update) => {
        const set = (key: string, value: unknown) => update(withKey(field, key, value, canonicalOrder.formField));
        const source = field.choiceList !== undefined ? 'list' : 'choices';
        return (
          <>
            <TextField label="Field key (the case fact it sets)" limit={limits?.definitionKey} field="key" hint="camelCase, e.g. riskLevel" width="one-half" value={field.key} onCommit={(key) => set('key', key.trim())} />
            <TextField label="Question" limit={limits?.definitionName} field="label" value={field.label} onCommit={(label) => set('label', label)} />
            <TextField label="Hint (optional)" limit={limits?.definitionText} field="hint" value={field.hint} onCommit={(hint) => set('hint', hint || undefined)} />
            <SelectField
              label="Answer type"
              field="type"
              value={field.type}
              options={formFieldTypes.map((type) => ({ value: type, label: type }))}
              onChange={(type) => {
                let next = withKey(field, 'type', type, canonicalOrder.formField);
                if (!takesChoices(type)) next = withKey(withKey(next, 'choices', undefined), 'choiceList', undefined);
                if (!takesRange(type)) next = withKey(withKey(next, 'minimum', undefined), 'maximum', undefined);
                if (!takesLength(type)) next = withKey(next, 'maxLength', undefined);
                update(next);
              }}
            />
            <CheckboxField label="An answer is required" field="required" checked={field.required === true} onChange={(checked) => set('required', checked ? true : undefined)} />
            {takesRange(field.type) && (
              <>
                <TextField label="Smallest answer allowed" field="minimum" hint="For example 0 for a count" width="5" value={field.minimum?.toString()} onCommit={(text) => set('minimum', asNumber(text))} />
                <TextField label="Largest answer allowed" field="maximum" hint="For example 1000 for a count, 25 for an age" width="5" value={field.maximum?.toString()} onCommit={(text) => set('maximum', asNumber(text))} />
              </>
            )}
            {takesLength(field.type) && (
              <TextField label="Most characters allowed (optional)" field="maxLength" hint="500 for one line and 10000 for several lines when empty" width="5" value={field.maxLength?.toString()} onCommit={(text) => set('maxLength', asNumber(text))} />
            )}
            {takesChoices(field.type) && (
              <>
                <SelectField
                  label="Where the choices come from"
                  value={source}
                  options={[{ value: 'choices', label: 'Listed here' }, { value: 'list', label: 'A reference list' }]}
                  onChange={(value) => {
                    if (value === source) return;
                    update(value === 'list'
                      ? withKey(withKey(field, 'choices', undefined), 'choiceList', lists[0] ?? 'agencies', canonicalOrder.formField)
                      : withKey(withKey(field, 'choiceList', undefined), 'choices', [], canonicalOrder.formField));
                  }}
                />
                {source === 'list' ? (
                  <SelectField
                    label="Reference list"
                    field="choiceList"
                    value={field.choiceList}
                    options={[...new Set(['agencies', ...lists])].map((list) => ({ value: list, label: list }))}
                    onChange={(list) => set('choiceList', list)}
                  />
                ) : (
                  <ChoicesEditor choices={field.choices} onChange={(choices) => set('choices', choices)} />
                )}
              </>
            )}
          </>
        );
      }}
    />
  );
}

function ChoicesEditor({ choices, onChange }: { choices: Choice[] | undefined; onChange: (choices: Choice[]) => void }) {
  const { limits } = useReferenceData();
  return (
    <ItemList
      legend="Choices"
      field="choices"
      noun="choice"
      items={choices}
      onChange={onChange}
      create={(items) => ({ value: uniqueKey('choice', items.map((item) => item.value)), label: 'New choice' })}
      describe={(choice) => choice.label}
      render={(choice, update) => (
        <>
          <TextField label="Stored value" limit={limits?.definitionKey} field="value" width="one-half" value={choice.value} onCommit={(value) => update(withKey(choice, 'value', value, canonicalOrder.choice))} />
          <TextField label="Choice label" limit={limits?.definitionName} field="label" value={choice.label} onCommit={(label) => update(withKey(choice, 'label', label, canonicalOrder.choice))} />
        </>
      )}
    />
  );
}
