import { canonicalOrder, withKey, type Due } from '../../model';
import { SelectField } from '../fields/SelectField';
import { GroupFieldset } from '../fields/GroupFieldset';
import { TextField } from '../fields/TextField';
import { useReferenceData } from '../ReferenceData';

const kinds = [
  { value: 'workingDays', label: 'Working days' },
  { value: 'duration', label: 'Elapsed time (ISO-8601, e.g. PT72H, P5D, P12W)' },
  { value: 'beforeNextPanel', label: 'Before the next panel agenda closes' },
  { value: 'nextPanel', label: 'When the next panel sits' },
] as const;
type Kind = (typeof kinds)[number]['value'];

const anchors = [
  { value: 'taskCreated', label: 'Task created (default)' },
  { value: 'caseOpened', label: 'Contact received (case opened)' },
  { value: 'stageEntered', label: 'Stage entered' },
];

const kindOf = (due: Due): Kind => kinds.find((kind) => kind.value in due)?.value ?? 'workingDays';

interface Props {
  legend: string;
  /** Its path in the selected item (`due`, `after`); problems with the whole time show under the legend. */
  field: string;
  due: Due | undefined;
  onChange: (due: Due) => void;
  /** Escalation rungs count from the due time or the previous rung, so they have no anchor. */
  withAnchor?: boolean;
}

/** A due time: one of working days, a duration or a panel date, and where the clock starts. */
export function DueFields({ legend, field, due = {}, onChange, withAnchor = true }: Props) {
  const { panels, calendars } = useReferenceData();
  const kind = kindOf(due);
  const set = (key: string, value: unknown) => onChange(withKey(due, key, value, canonicalOrder.due));
  const changeKind = (next: Kind) => {
    if (next === kind) return;
    let changed: Due = withKey(withKey(withKey(withKey(due, kind, undefined), 'latestWithin', undefined), 'calendar', undefined), 'fromDate', undefined);
    const initial = next === 'workingDays' ? 1 : next === 'duration' ? 'P5D' : (panels[0] ?? '');
    changed = withKey(changed, next, initial, canonicalOrder.due);
    onChange(changed);
  };
  return (
    <GroupFieldset legend={legend} field={field}>
      <SelectField label="Kind of time" value={kind} options={[...kinds]} onChange={(value) => changeKind(value as Kind)} />
      {kind === 'workingDays' && (
        <TextField
          label="Working days"
          field="workingDays"
          hint="0 means the end of the same working day"
          width="5"
          value={String(due.workingDays ?? '')}
          onCommit={(text) => set('workingDays', text.trim() === '' ? 0 : Number.isNaN(Number(text)) ? text : Number(text))}
        />
      )}
      {kind === 'workingDays' && withAnchor && (
        <>
          <SelectField
            label="Calendar (optional)"
            field="calendar"
            hint="Count on another calendar than the workflow's, e.g. a school-term calendar to count school days."
            value={due.calendar}
            emptyLabel="The workflow's calendar"
            options={calendars.map((calendar) => ({ value: calendar, label: calendar }))}
            onChange={(value) => set('calendar', value || undefined)}
          />
          <TextField
            label="Counted from a date (optional)"
            field="fromDate"
            hint="A date fact, e.g. exclusionDate: that day is day 1, and the time is due at the start of the day after the count (5 means the start of day 6)."
            width="one-half"
            value={due.fromDate}
            onCommit={(text) => set('fromDate', text.trim() === '' ? undefined : text.trim())}
          />
        </>
      )}
      {kind === 'duration' && (
        <TextField label="Duration" field="duration" hint="For example PT72H, P5D, P12W" width="10" value={due.duration} onCommit={(text) => set('duration', text.trim())} />
      )}
      {(kind === 'beforeNextPanel' || kind === 'nextPanel') && (
        <SelectField
          label="Panel"
          field={kind}
          value={due[kind]}
          options={panels.map((panel) => ({ value: panel, label: panel }))}
          emptyLabel="Choose a panel"
          onChange={(value) => set(kind, value)}
        />
      )}
      {kind === 'beforeNextPanel' && (
        <TextField
          label="Latest sitting within (optional)"
          field="latestWithin"
          hint="For example P12W: the last sitting on or before 12 weeks, so a skipped sitting brings it earlier. Leave blank for the next sitting."
          width="10"
          value={due.latestWithin}
          onCommit={(text) => set('latestWithin', text.trim() === '' ? undefined : text.trim())}
        />
      )}
      {withAnchor && (
        <SelectField
          label="Counted from"
          field="from"
          value={due.from ?? 'taskCreated'}
          options={anchors}
          onChange={(value) => set('from', value === 'taskCreated' && due.from === undefined ? undefined : value)}
        />
      )}
    </GroupFieldset>
  );
}
