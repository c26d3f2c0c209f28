import { canonicalOrder, withKey, type Owner } from '../../model';
import { keyOptions, SelectField } from '../fields/SelectField';
import { GroupFieldset } from '../fields/GroupFieldset';
import { TextField } from '../fields/TextField';
import { useReferenceData } from '../ReferenceData';

const kinds = [
  { value: 'agency', label: 'A fixed agency' },
  { value: 'ruleSet', label: 'An assignment rule set chooses the agency' },
  { value: 'forEachAgencyIn', label: 'One task for each agency listed in a case fact' },
] as const;
type Kind = (typeof kinds)[number]['value'];

const kindOf = (owner: Owner): Kind => kinds.find((kind) => kind.value in owner)?.value ?? 'agency';

/** Who owns a task: an agency, a rule set that picks one, or each agency in a case fact; and a role. */
export function OwnerFields({ owner = {}, onChange }: { owner: Owner | undefined; onChange: (owner: Owner) => void }) {
  const { agencies, ruleSets, limits } = useReferenceData();
  const kind = kindOf(owner);
  const set = (key: string, value: unknown) => onChange(withKey(owner, key, value, canonicalOrder.owner));
  const changeKind = (next: Kind) => {
    if (next === kind) return;
    onChange(withKey(withKey(owner, kind, undefined), next, '', canonicalOrder.owner));
  };
  const agency = agencies.find((candidate) => candidate.key === owner.agency);
  const roles = kind === 'agency' ? (agency?.roles ?? []) : uniqueRoles(agencies.flatMap((candidate) => candidate.roles));
  return (
    <GroupFieldset legend="Owner" field="owner">
      <SelectField label="Who owns the task" value={kind} options={[...kinds]} onChange={(value) => changeKind(value as Kind)} />
      {kind === 'agency' && (
        <SelectField
          label="Agency"
          field="agency"
          value={owner.agency}
          emptyLabel="Choose an agency"
          options={agencies.map((candidate) => ({ value: candidate.key, label: candidate.name }))}
          onChange={(value) => set('agency', value)}
        />
      )}
      {kind === 'ruleSet' && (
        <SelectField
          label="Assignment rule set"
          field="ruleSet"
          hint="Its fired rule's SuccessEvent names the agency"
          value={owner.ruleSet}
          emptyLabel="Choose a rule set"
          options={ruleSets.map((ruleSet) => ({ value: ruleSet.key, label: `${ruleSet.name} (v${ruleSet.version})` }))}
          onChange={(value) => set('ruleSet', value)}
        />
      )}
      {kind === 'forEachAgencyIn' && (
        <TextField label="Case fact holding the agencies" limit={limits?.definitionKey} field="forEachAgencyIn" hint="camelCase, for example disruptionAgencies" value={owner.forEachAgencyIn} onCommit={(text) => set('forEachAgencyIn', text.trim())} />
      )}
      <SelectField
        label="Role (optional)"
        field="role"
        value={owner.role}
        emptyLabel="Any role"
        options={roles.length > 0 ? roles.map((role) => ({ value: role.key, label: role.name })) : keyOptions([])}
        onChange={(value) => set('role', value || undefined)}
      />
    </GroupFieldset>
  );
}

function uniqueRoles(roles: { key: string; name: string }[]) {
  const seen = new Map<string, { key: string; name: string }>();
  for (const role of roles) if (!seen.has(role.key)) seen.set(role.key, role);
  return [...seen.values()];
}
