import { useEffect, useId, useState } from 'react';
import { exportRuleSet, importRuleSet, type RuleSetDocument } from '../../model/ruleset';

interface Props {
  doc: RuleSetDocument;
  readOnly: boolean;
  onChange: (doc: RuleSetDocument) => void;
}

/** The rule set as it is stored and exported, byte for byte; edits that are a rule set take effect at once. */
export function RawJsonTab({ doc, readOnly, onChange }: Props) {
  const id = useId();
  const exported = exportRuleSet(doc);
  const [text, setText] = useState(exported);
  const [problem, setProblem] = useState<string>();
  // The document changed elsewhere (undo, the table): show it, unless this text already means it.
  useEffect(() => {
    setText((current) => {
      const read = importRuleSet(current);
      return read.ok && exportRuleSet(read.doc) === exported ? current : exported;
    });
  }, [exported]);

  return (
    <div className={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>The rule set as JSON{readOnly ? '' : ' (changes here show in the table)'}</label>
      {problem && <p className="govuk-error-message" id={`${id}-error`}><span className="govuk-visually-hidden">Error:</span> {problem}</p>}
      <textarea
        className={`govuk-textarea designer-code ruleset-json${problem ? ' govuk-textarea--error' : ''}`}
        id={id}
        rows={24}
        spellCheck={false}
        readOnly={readOnly}
        aria-describedby={problem ? `${id}-error` : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const read = importRuleSet(event.target.value);
          if (!read.ok) {
            setProblem(read.message);
            return;
          }
          setProblem(undefined);
          onChange(read.doc);
        }}
      />
    </div>
  );
}
