using Microsoft.AspNetCore.Identity;

namespace WorkflowEngine.Web.Identity;

/// <summary>A person who signs in: a member of one agency (and a team within it, named by the agency's role).</summary>
public sealed class EngineUser : IdentityUser
{
    /// <summary>Name shown to colleagues.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The agency's key, e.g. <c>childrens-social-care</c>.</summary>
    public string Agency { get; set; } = string.Empty;

    /// <summary>The team: one of the agency's roles, e.g. <c>mash</c>; tasks for that role reach the team's inbox.</summary>
    public string? Team { get; set; }
}
