using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Web.Features.Shared;

/// <summary>One question of a form as the shared field partial draws it: text, long text, number, yes/no, date, one choice or several.</summary>
/// <param name="Name">The field's name and id (the id of its first input, which the error summary links to).</param>
/// <param name="Label">The question.</param>
/// <param name="Hint">A hint under the question.</param>
/// <param name="Type">How it is answered.</param>
/// <param name="Options">The choices, for choice and multiple choice.</param>
/// <param name="Values">The current answer: one value, several for multiple choice, or day, month and year for a date.</param>
/// <param name="Required">Whether an answer is needed (said in the label when not).</param>
/// <param name="InputName">The name the inputs post under, when not <paramref name="Name"/> (several groups of one list).</param>
/// <param name="MaxLength">For text: the most characters it takes, stated in the hint of a one-line box and counted by the GOV.UK character count under a long one.</param>
public sealed record FieldView(string Name, string Label, string? Hint, FormFieldType Type, IReadOnlyList<ChoiceOption> Options, IReadOnlyList<string> Values, bool Required = true, string? InputName = null,
    int? MaxLength = null)
{
    /// <summary>The id of the character count's message.</summary>
    public string CountId => Name + "-info";

    /// <summary>What the character count says before its script runs (and without script).</summary>
    public string? LimitWords => MaxLength is { } max ? Shared.LimitWords.CanEnter(max) : null;

    /// <summary>Whether the box is long text with a GOV.UK character count under it.</summary>
    public bool Counted => MaxLength is not null && Type == FormFieldType.LongText;

    /// <summary>The hint as shown: a one-line text box's limit is said at its end.</summary>
    public string? ShownHint => MaxLength is { } max && Type == FormFieldType.Text ? Shared.LimitWords.WithLimit(Hint, max) : Hint;

    /// <summary>The name the inputs post under.</summary>
    public string PostedName => InputName ?? Name;

    /// <summary>The model-state key its error is kept under: the id of the input the error summary links to.</summary>
    public string ErrorKey => Type == FormFieldType.Date ? Name + "-day" : Name;

    /// <summary>The first value, or empty.</summary>
    public string Value => Values.Count > 0 ? Values[0] : string.Empty;

    /// <summary>A hint under a choice, keyed by its value (e.g. the legal condition a measure carries).</summary>
    public IReadOnlyDictionary<string, string> OptionHints { get; init; } = new Dictionary<string, string>();

    /// <summary>The value at a position, or empty.</summary>
    public string ValueAt(int index) => index < Values.Count ? Values[index] : string.Empty;
}
