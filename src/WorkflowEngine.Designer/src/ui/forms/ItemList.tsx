import type { ReactNode } from 'react';

interface Props<T> {
  legend: string;
  /** What one item is called on its buttons, e.g. "outcome". */
  noun: string;
  items: T[] | undefined;
  onChange: (items: T[]) => void;
  create: (items: T[]) => T;
  describe: (item: T, index: number) => string;
  render: (item: T, update: (item: T) => void, index: number) => ReactNode;
}

/** A list of small records, each with its own fields and a remove button, and an add button. */
export function ItemList<T>({ legend, noun, items = [], onChange, create, describe, render }: Props<T>) {
  const replace = (index: number, item: T) => onChange(items.map((existing, at) => (at === index ? item : existing)));
  return (
    <fieldset className="govuk-fieldset designer-fieldset">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
      {items.length === 0 && <p className="govuk-body-s">None yet.</p>}
      {items.map((item, index) => (
        <div className="designer-item" key={index}>
          {render(item, (next) => replace(index, next), index)}
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
    </fieldset>
  );
}
