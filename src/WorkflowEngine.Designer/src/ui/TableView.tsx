import { GovukTable } from './GovukTable';
import { describeDue, describeOwner, describeTrigger, type ProblemTarget, type Selection, type WorkflowDocument } from '../model';

interface Props {
  doc: WorkflowDocument;
  readOnly: boolean;
  problems: ProblemTarget[];
  onSelect: (selection: Selection) => void;
  onDelete: (selection: Selection) => void;
}

const sameTarget = (a: Selection, b: Selection) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The same workflow as tables, for keyboard and screen-reader users: every stage, task and
 * transition with buttons that open the same side-panel forms the diagram opens.
 */
export function TableView({ doc, readOnly, problems, onSelect, onDelete }: Props) {
  const problemCount = (selection: Selection) => problems.filter((target) => sameTarget(target.selection, selection)).length;
  const actions = (selection: Selection, name: string) => (
    <td className="govuk-table__cell designer-table-actions">
      <button type="button" className="govuk-button govuk-button--secondary govuk-button--small designer-small-button" onClick={() => onSelect(selection)}>
        {readOnly ? 'View' : 'Edit'}<span className="govuk-visually-hidden"> {name}</span>
      </button>
      {!readOnly && (
        <button type="button" className="govuk-button govuk-button--warning govuk-button--small designer-small-button" onClick={() => onDelete(selection)}>
          Delete<span className="govuk-visually-hidden"> {name}</span>
        </button>
      )}
    </td>
  );
  const problemCell = (selection: Selection) => {
    const count = problemCount(selection);
    return (
      <td className="govuk-table__cell">
        {count > 0 ? <strong className="govuk-tag govuk-tag--red">{count} problem{count === 1 ? '' : 's'}</strong> : 'None'}
      </td>
    );
  };
  const stageName = (key: string) => doc.stages.find((stage) => stage.key === key)?.name ?? `${key} (no such stage)`;

  return (
    <div className="designer-tables">
      <GovukTable caption="Stages" headers={['Stage', 'Kind', 'Tasks', 'Problems', 'Actions']}>
      {doc.stages.map((stage, stageIndex) => (
        <tr className="govuk-table__row" key={stageIndex}>
          <th scope="row" className="govuk-table__header">{stage.name} <span className="designer-key">{stage.key}</span></th>
          <td className="govuk-table__cell">
            {[doc.startStage === stage.key && 'Start', stage.final && 'Final', stage.decision && `Decision by ${stage.decision.ruleSet}`].filter(Boolean).join(', ') || 'Stage'}
          </td>
          <td className="govuk-table__cell">{stage.tasks?.length ?? 0}</td>
          {problemCell({ kind: 'stage', stageIndex })}
          {actions({ kind: 'stage', stageIndex }, `stage ${stage.name}`)}
        </tr>
      ))}
      </GovukTable>

      <GovukTable caption="Tasks" headers={['Task', 'Stage', 'Owner', 'Due', 'Problems', 'Actions']}>
      {doc.stages.flatMap((stage, stageIndex) =>
        (stage.tasks ?? []).map((task, taskIndex) => (
          <tr className="govuk-table__row" key={`${stageIndex}-${taskIndex}`}>
            <th scope="row" className="govuk-table__header">{task.title} <span className="designer-key">{task.key}</span></th>
            <td className="govuk-table__cell">{stage.name}</td>
            <td className="govuk-table__cell">{describeOwner(task.owner)}</td>
            <td className="govuk-table__cell">{describeDue(task.due)}</td>
            {problemCell({ kind: 'task', stageIndex, taskIndex })}
            {actions({ kind: 'task', stageIndex, taskIndex }, `task ${task.title}`)}
          </tr>
        )),
      )}
      </GovukTable>

      <GovukTable caption="Transitions" headers={['From', 'To', 'Fires when', 'Starts linked workflows', 'Problems', 'Actions']}>
      {doc.stages.flatMap((stage, stageIndex) =>
        (stage.transitions ?? []).map((transition, transitionIndex) => (
          <tr className="govuk-table__row" key={`${stageIndex}-${transitionIndex}`}>
            <th scope="row" className="govuk-table__header">{stage.name} <span className="designer-key">{transition.key}</span></th>
            <td className="govuk-table__cell">{stageName(transition.to)}</td>
            <td className="govuk-table__cell">{describeTrigger(transition, stage)}</td>
            <td className="govuk-table__cell">{transition.startWorkflows?.join(', ') || 'None'}</td>
            {problemCell({ kind: 'transition', stageIndex, transitionIndex })}
            {actions({ kind: 'transition', stageIndex, transitionIndex }, `transition ${transition.key} from ${stage.name}`)}
          </tr>
        )),
      )}
      </GovukTable>
    </div>
  );
}
