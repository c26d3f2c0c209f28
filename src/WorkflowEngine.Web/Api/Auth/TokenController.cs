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
public sealed class TokenController(SignInManager<EngineUser> signIn, SignInGuard guard) : ControllerBase
{
    /// <summary>
    /// Exchanges a user name and password for a bearer token (the response carries
    /// <c>accessToken</c>, <c>expiresIn</c> and <c>refreshToken</c>); send it as
    /// <c>Authorization: Bearer ...</c>. Five failures from one address in 15 minutes are answered 429 for the rest of the 15 minutes; twenty for one name (from anywhere) pause that name for 15 minutes. Tokens last an hour.
    /// </summary>
    [HttpPost("token")]
    [EnableRateLimiting(AuthenticationSetup.SignInRateLimit)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType(StatusCodes.Status429TooManyRequests)]
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
        return await guard.SignInAsync(signIn, request.UserName, request.Password) switch
        {
            SignInOutcome.SignedIn => new EmptyResult(),
            SignInOutcome.TooManyAttempts => Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many attempts to sign in from this address. Wait 15 minutes, then try again."),
            _ => Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The user name or password is not right, or the account is paused for 15 minutes after too many failed attempts."),
        };
    }
}
