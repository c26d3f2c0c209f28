using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace WorkflowEngine.Web.Identity;

/// <summary>Puts the person's agency, team and display name into their cookie and bearer token.</summary>
internal sealed class EngineClaimsFactory(UserManager<EngineUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<EngineUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(EngineUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(EngineClaims.Agency, user.Agency));
        identity.AddClaim(new Claim(EngineClaims.DisplayName, user.DisplayName));
        if (user.Team is { } team)
        {
            identity.AddClaim(new Claim(EngineClaims.Team, team));
        }

        return identity;
    }
}
