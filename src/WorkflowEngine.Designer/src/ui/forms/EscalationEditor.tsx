import { canonicalOrder, escalationActions, withKey, type EscalationRung } from '../../model';
import { CheckboxField } from '../fields/CheckboxField';
import { SelectField } from '../fields/SelectField';
import { DueFields } from './DueFields';
import { ItemList } from './ItemList';
import { useReferenceData } from '../ReferenceData';

const levels = [
  { value: '1', label: '1 – team manager' },
  { value: '2', label: '2 – agency manager' },
  { value: '3', label: '3 – agency safeguarding lead' },
  { value: '4', label: '4 – partnership chair' },
];

/** The escalation ladder: rungs from the lowest level up, each after a time, to a role. */
export function EscalationEditor({ rungs, onChange }: { rungs: EscalationRung[] | undefined; onChange: (rungs: EscalationRung[]) => void }) {
  const { agencies } = useReferenceData();
  const roles = [...new Map(agencies.flatMap((agency) => agency.roles).map((role) => [role.key, role])).values()];
  return (
    <ItemList
      legend="Escalation ladder"
      field="escalation"
      noun="escalation rung"
      items={rungs}
      onChange={onChange}
      create={(items) => ({
        level: Math.min(4, (items.at(-1)?.level ?? 0) + 1),
        after: { workingDays: 2 },
        target: { role: 'team-manager' },
        actions: ['notify' as const],
      })}
      describe={(rung) => `level ${rung.level}`}
      render={(rung, update) => {
        const set = (key: string, value: unknown) => update(withKey(rung, key, value, canonicalOrder.escalationRung));
        const actions = rung.actions ?? [];
        return (
          <>
            <SelectField label="Level" field="level" value={String(rung.level)} options={levels} onChange={(level) => set('level', Number(level))} />
            <DueFields legend="Fires after" field="after" due={rung.after} withAnchor={false} onChange={(after) => set('after', after)} />
            <SelectField
              label="Escalates to role"
              field="target.role"
              value={rung.target?.role}
              options={roles.map((role) => ({ value: role.key, label: role.name }))}
              onChange={(role) => set('target', withKey(rung.target ?? { role }, 'role', role, canonicalOrder.escalationTarget))}
            />
            <SelectField
              label="In agency"
              field="target.agency"
              value={rung.target?.agency}
              emptyLabel="The task's owning agency"
              options={agencies.map((agency) => ({ value: agency.key, label: agency.name }))}
              onChange={(agency) => set('target', withKey(rung.target, 'agency', agency || undefined, canonicalOrder.escalationTarget))}
            />
            {escalationActions.map((action, index) => (
              <CheckboxField
                key={action}
                field={index === 0 ? 'actions' : undefined}
                label={`Action: ${action}`}
                checked={actions.includes(action)}
                onChange={(checked) => {
                  const next = escalationActions.filter((candidate) => (candidate === action ? checked : actions.includes(candidate)));
                  set('actions', next.length > 0 ? next : undefined);
                }}
              />
            ))}
          </>
        );
      }}
    />
  );
}
