import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { describeDue, describeOwner, describePathMark, type PathMark, type Stage, type ValidationProblem } from '../../model';

export type StageNodeType = Node<{ stage: Stage; isStart: boolean; problems: ValidationProblem[]; pathMark?: PathMark }, 'stage'>;
export type LinkedNodeType = Node<{ workflowKey: string; byHand: boolean }, 'linked'>;
export type MissingNodeType = Node<{ stageKey: string; problems: ValidationProblem[] }, 'missing'>;
export type DesignerNode = StageNodeType | LinkedNodeType | MissingNodeType;

/** A stage: name, badges, its tasks with owner and due time, and any problems in words. */
function StageNode({ data }: NodeProps<StageNodeType>) {
  const { stage, isStart, problems, pathMark } = data;
  const onPath = pathMark && describePathMark(pathMark);
  const classes = ['designer-node', 'designer-node--stage'];
  if (pathMark) classes.push('designer-node--on-path');
  if (pathMark?.current) classes.push('designer-node--current');
  if (stage.final) classes.push('designer-node--final');
  if (problems.length > 0) classes.push('designer-node--problem');
  return (
    <div className={classes.join(' ')}>
      <Handle type="target" position={Position.Top} />
      {onPath && (
        <div className="designer-node__path">
          <strong className="govuk-tag govuk-tag--purple">{onPath.steps}</strong>
          {onPath.now && <strong className="govuk-tag govuk-tag--yellow">{onPath.now}</strong>}
        </div>
      )}
      <div className="designer-node__badges">
        {isStart && <strong className="govuk-tag govuk-tag--green">Start</strong>}
        {stage.final && <strong className="govuk-tag govuk-tag--grey">Final</strong>}
        {stage.decision && <strong className="govuk-tag govuk-tag--blue">Decision</strong>}
      </div>
      <p className="designer-node__name">{stage.name}</p>
      {stage.decision && <p className="designer-node__meta">Decided by {stage.decision.ruleSet}</p>}
      {(stage.tasks ?? []).length > 0 && (
        <ul className="designer-node__tasks">
          {stage.tasks!.map((task, index) => (
            <li key={index}>
              <span className="designer-node__task-title">{task.title}</span>
              <span className="designer-node__meta">{describeOwner(task.owner)}</span>
              <span className="designer-node__meta">Due: {describeDue(task.due)}</span>
            </li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <p className="designer-node__problem">
          <span aria-hidden="true">⚠ </span>
          {problems.length === 1 ? `Problem: ${problems[0].message}` : `${problems.length} problems, first: ${problems[0].message}`}
        </p>
      )}
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
}

/** A linked workflow (a separate track for the same child), drawn dashed to set it apart. */
function LinkedNode({ data }: NodeProps<LinkedNodeType>) {
  return (
    <div className="designer-node designer-node--linked">
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <p className="designer-node__meta">Linked track</p>
      <p className="designer-node__name">{data.workflowKey}</p>
      {data.byHand && <p className="designer-node__meta">May also be started by hand</p>}
    </div>
  );
}

/** A stage that transitions point at but the workflow does not have. */
function MissingNode({ data }: NodeProps<MissingNodeType>) {
  return (
    <div className="designer-node designer-node--missing designer-node--problem">
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <p className="designer-node__problem"><span aria-hidden="true">⚠ </span>No stage called “{data.stageKey}”</p>
    </div>
  );
}

export const nodeTypes = { stage: StageNode, linked: LinkedNode, missing: MissingNode };
