interface Props {
  canAddToStage: boolean;
  canDelete: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onAddStage: () => void;
  onAddTask: () => void;
  onAddTransition: () => void;
  onDelete: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onAutoLayout: () => void;
}

/** The editing tools. Each is a real button, so all of them work from the keyboard. */
export function Palette(props: Props) {
  const button = (label: string, onClick: () => void, enabled = true, hint?: string) => (
    <button
      type="button"
      className="govuk-button govuk-button--secondary govuk-button--small designer-small-button"
      disabled={!enabled}
      aria-disabled={!enabled}
      title={hint}
      onClick={onClick}
    >
      {label}
    </button>
  );
  return (
    <div className="designer-palette" role="toolbar" aria-label="Edit the workflow">
      {button('Add stage', props.onAddStage)}
      {button('Add task', props.onAddTask, props.canAddToStage, 'Adds a task to the selected stage')}
      {button('Add transition', props.onAddTransition, props.canAddToStage, 'Adds a transition from the selected stage; you can also drag from a stage’s lower handle to another stage')}
      {button('Delete selected', props.onDelete, props.canDelete)}
      {button('Undo', props.onUndo, props.canUndo, 'Ctrl+Z')}
      {button('Redo', props.onRedo, props.canRedo, 'Ctrl+Shift+Z')}
      {button('Auto-layout', props.onAutoLayout)}
    </div>
  );
}
