using WorkflowEngine.Core.Reference;

namespace WorkflowEngine.Web.Api.Reference;

/// <summary>An agency of the partnership.</summary>
/// <param name="Key">Its key, e.g. <c>police</c>.</param>
/// <param name="Name">Its name.</param>
/// <param name="Statutory">Whether it is a statutory safeguarding partner.</param>
/// <param name="Roles">Its roles (teams), e.g. <c>mash</c>, <c>team-manager</c>.</param>
public sealed record AgencyResponse(string Key, string Name, bool Statutory, IReadOnlyList<string> Roles)
{
    internal static AgencyResponse From(Agency a) => new(a.Key, a.Name, a.Statutory, a.Roles);
}
