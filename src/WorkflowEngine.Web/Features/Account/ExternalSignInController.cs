using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.Account;

/// <summary>
/// Sign-in with the council's identity provider (OpenID Connect), when configured. The provider
/// vouches for the person; the partnership decides what they may do: a first sign-in creates a
/// local account from the provider's name, agency and role claims (claim names configurable under
/// <c>Authentication:OpenIdConnect:Claims</c>), and only for an agency and role the partnership knows.
/// </summary>
[AllowAnonymous]
public sealed class ExternalSignInController(SignInManager<EngineUser> signIn, UserManager<EngineUser> users, ReferenceData reference, IConfiguration configuration) : Controller
{
    /// <summary>Sends the person to the identity provider.</summary>
    [HttpPost("/sign-in/external")]
    public IActionResult Start(string? returnUrl)
    {
        var callback = Url.Content("~/sign-in/external/callback") + (Url.IsLocalUrl(returnUrl) ? "?returnUrl=" + Uri.EscapeDataString(returnUrl!) : string.Empty);
        var properties = signIn.ConfigureExternalAuthenticationProperties(OpenIdConnectDefaults.AuthenticationScheme, callback);
        return Challenge(properties, OpenIdConnectDefaults.AuthenticationScheme);
    }

    /// <summary>Back from the provider: signs in the linked account, creating it on first sign-in.</summary>
    [HttpGet("/sign-in/external/callback")]
    public async Task<IActionResult> Callback(string? returnUrl)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return Redirect("/sign-in");
        }

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (!result.Succeeded)
        {
            var user = NewUser(info.Principal);
            if (user is null)
            {
                return Redirect("/access-denied");
            }

            var created = await users.CreateAsync(user.Value.User);
            if (!created.Succeeded || !(await users.AddLoginAsync(user.Value.User, info)).Succeeded)
            {
                return Redirect("/access-denied");
            }

            await users.AddToRoleAsync(user.Value.User, user.Value.Role);
            await signIn.SignInAsync(user.Value.User, isPersistent: false);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/tasks");
    }

    private (EngineUser User, string Role)? NewUser(ClaimsPrincipal external)
    {
        var claims = configuration.GetSection("Authentication:OpenIdConnect:Claims");
        string? Claim(string setting, string fallback) => external.FindFirstValue(claims[setting] ?? fallback);
        var agency = Claim("Agency", "agency");
        var role = Claim("Role", "role") ?? AppRoles.Practitioner;
        var name = Claim("UserName", "preferred_username") ?? Claim("Email", "email");
        if (name is null || agency is null || !reference.AgenciesByKey.ContainsKey(agency) || !AppRoles.All.Contains(role))
        {
            return null;
        }

        return (new EngineUser { UserName = name, DisplayName = Claim("Name", "name") ?? name, Agency = agency, Team = Claim("Team", "team"), EmailConfirmed = true }, role);
    }
}
