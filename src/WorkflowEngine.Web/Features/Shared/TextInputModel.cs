namespace WorkflowEngine.Web.Features.Shared;

/// <summary>A GOV.UK text input with its label, hint and error message.</summary>
/// <param name="Name">The field's name (and id).</param>
/// <param name="Label">The label.</param>
/// <param name="Value">The current value.</param>
/// <param name="Hint">A hint under the label.</param>
/// <param name="Type">The input type.</param>
/// <param name="Autocomplete">The autocomplete token.</param>
/// <param name="CssClass">Extra classes, e.g. a width.</param>
/// <param name="MaxLength">The most characters the server takes, said at the end of the hint.</param>
public sealed record TextInputModel(string Name, string Label, string? Value, string? Hint = null, string Type = "text", string? Autocomplete = null, string? CssClass = null, int? MaxLength = null)
{
    /// <summary>The hint as shown, with the limit at its end.</summary>
    public string? ShownHint => MaxLength is { } max ? LimitWords.WithLimit(Hint, max) : Hint;
}
