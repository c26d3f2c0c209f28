using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Reference;

/// <summary>An agency of the partnership (data, from <c>reference/agencies.json</c>).</summary>
/// <param name="Key">Stable kebab-case key, e.g. <c>police</c>.</param>
/// <param name="Name">Name shown to people.</param>
/// <param name="Statutory">Whether it is one of the three statutory partners.</param>
/// <param name="Roles">Roles people hold in this agency, e.g. <c>mash</c>, <c>team-manager</c>.</param>
/// <param name="Escalation">The agency's default ladder, for its tasks whose workflow gives none; lowest level first.</param>
public sealed record Agency(string Key, string Name, bool Statutory, IReadOnlyList<string> Roles, IReadOnlyList<EscalationRung>? Escalation = null);
