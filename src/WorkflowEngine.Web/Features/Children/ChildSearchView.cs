namespace WorkflowEngine.Web.Features.Children;

/// <summary>The search page: what was searched for and the records found.</summary>
/// <param name="Query">The name or reference searched for.</param>
/// <param name="Found">The records found, each with its cases.</param>
/// <param name="Chosen">The records ticked, kept when the choice was refused.</param>
public sealed record ChildSearchView(string Query, IReadOnlyList<ChildColumn> Found, IReadOnlyList<Guid> Chosen);
