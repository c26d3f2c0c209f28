import { TextField } from './TextField';

interface Props {
  label: string;
  /** Its path in the selected item; a problem with any one key shows beside the whole list. */
  field?: string;
  hint?: string;
  value: string[] | undefined;
  /** Undefined when the list is emptied, so the setting is left out of the file as before. */
  onCommit: (value: string[] | undefined) => void;
}

/** A list of keys typed as one line, separated by commas. */
export function KeyListField({ label, field, hint, value, onCommit }: Props) {
  return (
    <TextField
      label={label}
      field={field}
      hint={hint ?? 'Keys separated by commas'}
      value={(value ?? []).join(', ')}
      onCommit={(text) => {
        const keys = text.split(',').map((key) => key.trim()).filter(Boolean);
        onCommit(keys.length > 0 ? keys : undefined);
      }}
    />
  );
}
