import type { ReactNode } from 'react';
import { FieldGroup } from '../fields/FieldProblems';
import { GroupFieldset } from '../fields/GroupFieldset';

interface Props<T> {
  legend: string;
  /** The list's path in the selected item (`outcomes`); each item's fields are named inside it (`[1].key`). */
  field: string;
  /** What one item is called on its buttons, e.g. "outcome". */
  noun: string;
  items: T[] | undefined;
  onChange: (items: T[]) => void;
  create: (items: T[]) => T;
  describe: (item: T, index: number) => string;
  render: (item: T, update: (item: T) => void, index: number) => ReactNode;
}

/** A list of small records, each with its own fields and a remove button, and an add button. */
export function ItemList<T>({ legend, field, noun, items = [], onChange, create, describe, render }: Props<T>) {
  const replace = (index: number, item: T) => onChange(items.map((existing, at) => (at === index ? item : existing)));
  return (
    <GroupFieldset legend={legend} field={field}>
      {items.length === 0 && <p className="govuk-body-s">None yet.</p>}
      {items.map((item, index) => (
        <div className="designer-item" key={index}>
          <FieldGroup name={`[${index}]`}>{render(item, (next) => replace(index, next), index)}</FieldGroup>
          <button
            type="button"
            className="govuk-button govuk-button--warning govuk-button--small designer-small-button"
            onClick={() => onChange(items.filter((_, at) => at !== index))}
          >
            Remove {noun}<span className="govuk-visually-hidden"> {describe(item, index)}</span>
          </button>
        </div>
      ))}
      <button type="button" className="govuk-button govuk-button--secondary govuk-button--small designer-small-button" onClick={() => onChange([...items, create(items)])}>
        Add {noun}
      </button>
    </GroupFieldset>
  );
}
