import { TextField } from './TextField';

interface Props {
  label: string;
  hint?: string;
  value: string[] | undefined;
  /** Undefined when the list is emptied, so the setting is left out of the file as before. */
  onCommit: (value: string[] | undefined) => void;
}

/** A list of keys typed as one line, separated by commas. */
export function KeyListField({ label, hint, value, onCommit }: Props) {
  return (
    <TextField
      label={label}
      hint={hint ?? 'Keys separated by commas'}
      value={(value ?? []).join(', ')}
      onCommit={(text) => {
        const keys = text.split(',').map((key) => key.trim()).filter(Boolean);
        onCommit(keys.length > 0 ? keys : undefined);
      }}
    />
  );
}
