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
        var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<EngineUser>>();
        var id = users.GetUserId(context.Principal!);
        var stamp = context.Principal!.FindFirst(users.Options.ClaimsIdentity.SecurityStampClaimType)?.Value;
        var user = id is null ? null : await users.FindByIdAsync(id);
        if (user is not null && stamp is not null && string.Equals(stamp, await users.GetSecurityStampAsync(user), StringComparison.Ordinal))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
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
