using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace WorkflowEngine.Web.Features.Home;

/// <summary>The front page sends people to their work, or to sign in.</summary>
[AllowAnonymous]
public sealed class HomeController : Controller
{
    /// <summary>Signed in: the inbox; otherwise the sign-in page.</summary>
    [HttpGet("/")]
    public IActionResult Index() => Redirect(User.Identity?.IsAuthenticated == true ? "/tasks" : "/sign-in");
}
