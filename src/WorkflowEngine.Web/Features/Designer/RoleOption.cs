namespace WorkflowEngine.Web.Features.Designer;

/// <summary>A role within an agency.</summary>
/// <param name="Key">Its key, e.g. <c>team-manager</c>.</param>
/// <param name="Name">The key in words (roles have no names in the reference data), e.g. <c>Team manager</c>.</param>
public sealed record RoleOption(string Key, string Name)
{
    internal static RoleOption From(string key) =>
        new(key, key.Length == 0 ? key : char.ToUpperInvariant(key[0]) + key[1..].Replace('-', ' '));
}
