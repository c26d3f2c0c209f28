namespace WorkflowEngine.Web.Features.Children;

/// <summary>Two records side by side, with the form that merges them.</summary>
/// <param name="First">The first record chosen.</param>
/// <param name="Second">The second.</param>
/// <param name="Survivor">The record chosen to stay, kept when the merge was refused.</param>
/// <param name="Reason">The reason typed, kept when the merge was refused.</param>
public sealed record ChildCompareView(ChildColumn First, ChildColumn Second, string? Survivor, string? Reason);
