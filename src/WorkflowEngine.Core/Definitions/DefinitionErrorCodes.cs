namespace WorkflowEngine.Core.Definitions;

/// <summary>The stable codes of the problems the reader and the validator report.</summary>
internal static class DefinitionErrorCodes
{
    // Reading
    public const string JsonSyntax = "json.syntax";
    public const string JsonShape = "json.shape";
    public const string SchemaRequired = "schema.required";
    public const string SchemaUnknownSetting = "schema.unknown-setting";
    public const string SchemaType = "schema.type";
    public const string SchemaPattern = "schema.pattern";
    public const string SchemaEnum = "schema.enum";
    public const string SchemaRange = "schema.range";
    public const string SchemaEmptyList = "schema.empty-list";
    public const string SchemaEmptyText = "schema.empty-text";
    public const string SchemaOneOf = "schema.one-of";
    public const string SchemaOther = "schema.other";

    // Workflow
    public const string WorkflowNoStages = "workflow.no-stages";
    public const string WorkflowUnknownCalendar = "workflow.unknown-calendar";
    public const string WorkflowUnknownStartStage = "workflow.unknown-start-stage";
    public const string WorkflowUnknownLinkedWorkflow = "workflow.unknown-linked-workflow";
    public const string WorkflowLinksItself = "workflow.links-itself";

    // Stages
    public const string StageDuplicateKey = "stage.duplicate-key";
    public const string StageUnreachable = "stage.unreachable";
    public const string StageNoWayOut = "stage.no-way-out";
    public const string StageWouldStall = "stage.would-stall";
    public const string StageFinalWithTasks = "stage.final-with-tasks";
    public const string StageFinalWithTransitions = "stage.final-with-transitions";
    public const string StageFinalWithDecision = "stage.final-with-decision";
    public const string DecisionUnknownRuleSet = "decision.unknown-rule-set";
    public const string DecisionNoOtherwise = "decision.no-otherwise";

    // Transitions
    public const string TransitionDuplicateKey = "transition.duplicate-key";
    public const string TransitionUnknownStage = "transition.unknown-stage";
    public const string TransitionMissingTask = "transition.missing-task";
    public const string TransitionMissingOutcome = "transition.missing-outcome";
    public const string TransitionUnknownTask = "transition.unknown-task";
    public const string TransitionUnknownOutcome = "transition.unknown-outcome";
    public const string TransitionMissingDecision = "transition.missing-decision";
    public const string TransitionNoStageDecision = "transition.no-stage-decision";
    public const string TransitionTimerWithoutAfter = "transition.timer-without-after";
    public const string TransitionAfterWithoutTimer = "transition.after-without-timer";
    public const string TransitionUnknownGuard = "transition.unknown-guard";
    public const string OutcomeUnknownGuard = "outcome.unknown-guard";

    /// <summary>An outcome's sign-off names an agency the partnership does not have.</summary>
    public const string OutcomeUnknownSignOffAgency = "outcome.unknown-sign-off-agency";
    public const string DueCalendar = "due.calendar";
    public const string DueFromDate = "due.from-date";
    public const string TransitionUnknownWorkflow = "transition.unknown-workflow";
    public const string TransitionStartsItself = "transition.starts-itself";

    // Tasks
    public const string TaskDuplicateKey = "task.duplicate-key";
    public const string TaskNoOutcomes = "task.no-outcomes";
    public const string OutcomeDuplicateKey = "outcome.duplicate-key";
    public const string OutcomeLeadsNowhere = "outcome.leads-nowhere";
    public const string OwnerKind = "owner.kind";
    public const string OwnerUnknownAgency = "owner.unknown-agency";
    public const string OwnerUnknownRole = "owner.unknown-role";
    public const string OwnerUnknownRuleSet = "owner.unknown-rule-set";

    // Form fields
    public const string FieldDuplicateKey = "field.duplicate-key";
    public const string FieldNoChoices = "field.no-choices";
    public const string FieldUnknownChoiceList = "field.unknown-choice-list";

    /// <summary>A field's default names a fact the catalogue does not have.</summary>
    public const string FieldUnknownDefaultFact = "field.unknown-default-fact";

    /// <summary>A field's default names a fact of a type the field cannot show.</summary>
    public const string FieldDefaultTypeMismatch = "field.default-type-mismatch";
    public const string FieldChoicesNotAllowed = "field.choices-not-allowed";

    /// <summary>latestWithin is given without beforeNextPanel.</summary>
    public const string DueLatestWithin = "due.latest-within";

    /// <summary>A task tells an agency named by something other than one of its agency choice fields.</summary>
    public const string TaskTellAgencyField = "task.tell-agency-field";

    /// <summary>A field is required for an outcome its task does not have.</summary>
    public const string FieldRequiredForUnknownOutcome = "field.required-for-unknown-outcome";
    public const string FieldChoicesAndList = "field.choices-and-list";
    public const string FieldNoRange = "field.no-range";
    public const string FieldRangeOrder = "field.range-order";
    public const string FieldRangeNotAllowed = "field.range-not-allowed";
    public const string FieldMaxLength = "field.max-length";

    // Due times
    public const string DueKind = "due.kind";
    public const string DueInvalidDuration = "due.invalid-duration";
    public const string DueNegativeWorkingDays = "due.negative-working-days";
    public const string DueUnknownPanel = "due.unknown-panel";

    // Escalation
    public const string EscalationLevelOutOfRange = "escalation.level-out-of-range";
    public const string EscalationLevelOrder = "escalation.level-order";
    public const string EscalationUnknownAgency = "escalation.unknown-agency";
    public const string EscalationUnknownRole = "escalation.unknown-role";
}
