namespace WorkflowEngine.Web.Features.Designer;

/// <summary>A published rule set a workflow may bind (decision, owner or guard).</summary>
/// <param name="Key">Its key (its <c>WorkflowName</c>).</param>
/// <param name="Name">What to show: rule sets carry no name of their own, so this is the key.</param>
/// <param name="Version">Its latest published version.</param>
public sealed record RuleSetOption(string Key, string Name, int Version);
