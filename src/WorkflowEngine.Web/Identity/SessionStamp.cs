using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace WorkflowEngine.Web.Identity;

/// <summary>
/// Ends page sessions on the server. Signing out changes the account's security stamp, and every
/// request's cookie is checked against the stored stamp (one read by key), so a cookie kept from
/// before a sign-out (or a password change) opens nothing, at once rather than after Identity's
/// usual 30 minutes. The cookie is not rewritten on each request.
/// </summary>
internal static class SessionStamp
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (await IsCurrentAsync(context.HttpContext, context.Principal!))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }

    /// <summary>Whether the principal's account still exists and carries the stamp the principal was issued with.</summary>
    public static async Task<bool> IsCurrentAsync(HttpContext http, System.Security.Claims.ClaimsPrincipal principal)
    {
        var users = http.RequestServices.GetRequiredService<UserManager<EngineUser>>();
        var id = users.GetUserId(principal);
        var stamp = principal.FindFirst(users.Options.ClaimsIdentity.SecurityStampClaimType)?.Value;
        var user = id is null ? null : await users.FindByIdAsync(id);
        return user is not null && stamp is not null && string.Equals(stamp, await users.GetSecurityStampAsync(user), StringComparison.Ordinal);
    }

    /// <summary>Ends every session of the signed-in account (each later request with an old cookie is refused).</summary>
    public static async Task EndAllAsync(UserManager<EngineUser> users, System.Security.Claims.ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
    }
}
