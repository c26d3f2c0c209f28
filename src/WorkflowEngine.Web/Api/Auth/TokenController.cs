using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using WorkflowEngine.Web.Hosting;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Api.Auth;

/// <summary>Bearer tokens for API clients from local accounts.</summary>
[ApiController]
[Route("api/auth")]
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class TokenController(SignInManager<EngineUser> signIn) : ControllerBase
{
    /// <summary>
    /// Exchanges a user name and password for a bearer token (the response carries
    /// <c>accessToken</c>, <c>expiresIn</c> and <c>refreshToken</c>); send it as
    /// <c>Authorization: Bearer ...</c>. Rate limited; five failures lock the account for 15 minutes.
    /// </summary>
    [HttpPost("token")]
    [EnableRateLimiting(AuthenticationSetup.SignInRateLimit)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> Token(TokenRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return ValidationProblem(new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["$.userName"] = string.IsNullOrWhiteSpace(request.UserName) ? ["Enter the user name."] : [],
                ["$.password"] = string.IsNullOrEmpty(request.Password) ? ["Enter the password."] : [],
            }.Where(p => p.Value.Length > 0).ToDictionary()));
        }

        // The bearer scheme writes the token response itself when the sign-in succeeds.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.UserName.Trim(), request.Password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded
            ? new EmptyResult()
            : Problem(statusCode: StatusCodes.Status401Unauthorized, title: result.IsLockedOut ? "The account is locked for 15 minutes." : "The user name or password is not right.");
    }
}
