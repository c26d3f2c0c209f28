using System.Security.Claims;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Access;

/// <summary>The signed-in person as the app's rules see them.</summary>
/// <param name="UserName">Their user name, recorded as the actor of everything they do.</param>
/// <param name="DisplayName">Their name.</param>
/// <param name="Agency">Their agency's key.</param>
/// <param name="Team">Their team (a role of the agency), if any.</param>
/// <param name="Roles">Their app roles.</param>
public sealed record Viewer(string UserName, string DisplayName, string Agency, string? Team, IReadOnlySet<string> Roles)
{
    /// <summary>Leads and admins see every case; everyone else sees their agency's.</summary>
    public bool SeesEverything => Roles.Contains(AppRoles.Lead) || Roles.Contains(AppRoles.Admin);

    /// <summary>Whether they hold a role.</summary>
    public bool Is(string role) => Roles.Contains(role);

    /// <summary>The viewer behind a signed-in principal.</summary>
    public static Viewer From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.Identity?.Name ?? throw new InvalidOperationException("Nobody is signed in.");
        return new Viewer(
            name,
            user.FindFirstValue(EngineClaims.DisplayName) ?? name,
            user.FindFirstValue(EngineClaims.Agency) ?? string.Empty,
            user.FindFirstValue(EngineClaims.Team),
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
    }
}
