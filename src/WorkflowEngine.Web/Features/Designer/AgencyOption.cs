namespace WorkflowEngine.Web.Features.Designer;

/// <summary>An agency a task may belong to, with its roles.</summary>
/// <param name="Key">Its key.</param>
/// <param name="Name">Its name.</param>
/// <param name="Roles">The roles people hold in it.</param>
public sealed record AgencyOption(string Key, string Name, IReadOnlyList<RoleOption> Roles);
