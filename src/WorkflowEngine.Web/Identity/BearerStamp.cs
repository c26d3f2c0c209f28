using Microsoft.AspNetCore.Authentication.BearerToken;

namespace WorkflowEngine.Web.Identity;

/// <summary>
/// Ends API tokens on the server as <see cref="SessionStamp"/> ends page sessions: a bearer token
/// carries the account's security stamp from when it was issued, and every request's token is
/// checked against the stored stamp, so locking an account, changing its roles or agency, or
/// signing out everywhere refuses its tokens at once rather than when they expire within the hour.
/// ASP.NET Core's bearer handler has no hook after it reads a token, so the check reads the token
/// where the handler offers one, before it.
/// </summary>
internal static class BearerStamp
{
    private const string Prefix = "Bearer ";

    public static async Task CheckAsync(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var token = header[Prefix.Length..].Trim();
        // An unreadable or expired token is left to the handler, which refuses it.
        if (context.Options.BearerTokenProtector.Unprotect(token) is not { } ticket)
        {
            return;
        }

        if (await SessionStamp.IsCurrentAsync(context.HttpContext, ticket.Principal))
        {
            context.Token = token;
            return;
        }

        context.Fail("The account has changed since this token was issued (locked, roles changed or signed out everywhere). Ask for a new token.");
    }
}
