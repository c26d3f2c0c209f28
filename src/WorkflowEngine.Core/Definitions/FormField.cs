namespace WorkflowEngine.Core.Definitions;

/// <summary>A field a practitioner fills in when completing a task. Its value becomes a case fact of the same key.</summary>
public sealed record FormField
{
    /// <summary>camelCase identifier, also the case fact it writes, e.g. <c>disruptionMeasures</c>.</summary>
    public required string Key { get; init; }

    /// <summary>Question shown to the practitioner.</summary>
    public required string Label { get; init; }

    /// <summary>Hint shown under the label.</summary>
    public string? Hint { get; init; }

    /// <summary>The value's type.</summary>
    public required FormFieldType Type { get; init; }

    /// <summary>Whether a value must be given.</summary>
    public bool Required { get; init; }

    /// <summary>
    /// Outcomes for which an answer must be given although the field is otherwise optional, e.g. the
    /// reason no NRM referral is needed, asked only when the outcome is "not needed".
    /// </summary>
    public IReadOnlyList<string> RequiredFor { get; init; } = [];

    /// <summary>Whether an answer is needed when the task is completed with the outcome.</summary>
    /// <param name="outcome">The outcome chosen.</param>
    public bool IsRequiredFor(string? outcome) => Required || (outcome is not null && RequiredFor.Contains(outcome));

    /// <summary>The smallest answer an <see cref="FormFieldType.Integer"/> or <see cref="FormFieldType.Number"/> field accepts (required for those types).</summary>
    public decimal? Minimum { get; init; }

    /// <summary>The largest answer an <see cref="FormFieldType.Integer"/> or <see cref="FormFieldType.Number"/> field accepts (required for those types).</summary>
    public decimal? Maximum { get; init; }

    /// <summary>The most characters a <see cref="FormFieldType.Text"/> or <see cref="FormFieldType.LongText"/> answer may have; a default when not set.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Inline choices for <see cref="FormFieldType.Choice"/> and <see cref="FormFieldType.MultiChoice"/>.</summary>
    public IReadOnlyList<ChoiceOption> Choices { get; init; } = [];

    /// <summary>Name of a reference list supplying the choices instead, e.g. <c>disruption-measures</c> or <c>agencies</c>.</summary>
    public string? ChoiceList { get; init; }

    /// <summary>Where the field's starting answer comes from (a case fact), if anywhere.</summary>
    public FieldDefault? Default { get; init; }

    /// <summary>
    /// The most characters an answer takes: <see cref="MaxLength"/>, else the default for its type
    /// (<see cref="Validation.TextLimits.FormText"/> or <see cref="Validation.TextLimits.FormLongText"/>);
    /// null for a field that is not text. The page states it and the engine enforces it.
    /// </summary>
    public int? AnswerLimit() => Type switch
    {
        FormFieldType.Text => MaxLength ?? Validation.TextLimits.FormText,
        FormFieldType.LongText => MaxLength ?? Validation.TextLimits.FormLongText,
        _ => null,
    };
}
