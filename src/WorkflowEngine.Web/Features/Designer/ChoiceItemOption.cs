namespace WorkflowEngine.Web.Features.Designer;

/// <summary>One entry of a choice list.</summary>
/// <param name="Value">What is stored, e.g. <c>significant</c>.</param>
/// <param name="Label">What people see, e.g. <c>Significant risk</c>.</param>
public sealed record ChoiceItemOption(string Value, string Label);
