namespace WorkflowEngine.Web.Features.People;

/// <summary>Someone who signs in, as the admin's list shows them.</summary>
/// <param name="UserName">Their user name.</param>
/// <param name="DisplayName">Their name.</param>
/// <param name="AgencyName">Their agency's name.</param>
/// <param name="Team">Their team, if any.</param>
/// <param name="Roles">Their roles' keys.</param>
/// <param name="Locked">True when they cannot sign in.</param>
public sealed record PersonLine(string UserName, string DisplayName, string AgencyName, string? Team, IReadOnlyList<string> Roles, bool Locked);
