using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using WorkflowEngine.Web.Hosting;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.Account;

/// <summary>Signing in and out with a local account (cookie), for the pages.</summary>
[AllowAnonymous]
public sealed class AccountController(SignInManager<EngineUser> signIn, UserManager<EngineUser> users) : Controller
{
    /// <summary>The sign-in page.</summary>
    [HttpGet("/sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    /// <summary>Signs in, or shows the page again with the problem beside the field.</summary>
    [HttpPost("/sign-in")]
    [EnableRateLimiting(AuthenticationSetup.SignInRateLimit)]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (string.IsNullOrWhiteSpace(form.UserName))
        {
            ModelState.AddModelError(nameof(form.UserName), "Enter your user name");
        }

        if (string.IsNullOrEmpty(form.Password))
        {
            ModelState.AddModelError(nameof(form.Password), "Enter your password");
        }

        if (ModelState.ErrorCount == 0)
        {
            signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
            var result = await signIn.PasswordSignInAsync(form.UserName!.Trim(), form.Password!, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : "/tasks");
            }

            ModelState.AddModelError(nameof(form.UserName), result.IsLockedOut
                ? "This account is locked for 15 minutes after too many attempts"
                : "The user name or password is not right");
        }

        form.Password = null;
        return View(form);
    }

    /// <summary>Signs out, ending the session on the server too: the old cookie no longer works.</summary>
    [HttpPost("/sign-out")]
    public async Task<IActionResult> SignOutOfApp()
    {
        await SessionStamp.EndAllAsync(users, User);
        await signIn.SignOutAsync();
        return Redirect("/sign-in");
    }

    /// <summary>Shown when a signed-in person opens something their role or agency may not see.</summary>
    [HttpGet("/access-denied")]
    public IActionResult AccessDenied() => View();
}
