using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using WorkflowEngine.Web.Api;
using WorkflowEngine.Web.Hosting;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.Account;

/// <summary>Signing in and out with a local account (cookie), for the pages.</summary>
[AllowAnonymous]
public sealed class AccountController(SignInManager<EngineUser> signIn, UserManager<EngineUser> users, SignInGuard guard) : Controller
{
    /// <summary>The one answer to an unknown name, a wrong password and a paused or locked account.</summary>
    public const string Refused = "The user name or password is not right, or the account is paused for 15 minutes after too many failed attempts";

    /// <summary>The answer once a client has failed too often.</summary>
    public const string TooManyAttempts = "Too many attempts to sign in from this device. Wait 15 minutes, then try again";

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

        else if (form.UserName.Length > TextLimits.Key)
        {
            ModelState.AddModelError(nameof(form.UserName), $"Your user name must be {TextLimits.Key} characters or fewer");
        }

        if (string.IsNullOrEmpty(form.Password))
        {
            ModelState.AddModelError(nameof(form.Password), "Enter your password");
        }
        else if (form.Password.Length > TextLimits.Password)
        {
            ModelState.AddModelError(nameof(form.Password), $"Your password must be {TextLimits.Password} characters or fewer");
        }

        if (ModelState.ErrorCount == 0)
        {
            signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
            var outcome = await guard.SignInAsync(signIn, form.UserName!, form.Password!);
            if (outcome == SignInOutcome.SignedIn)
            {
                return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : "/tasks");
            }

            if (outcome == SignInOutcome.TooManyAttempts)
            {
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                ModelState.AddModelError(nameof(form.UserName), TooManyAttempts);
            }
            else
            {
                ModelState.AddModelError(nameof(form.UserName), Refused);
            }
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
