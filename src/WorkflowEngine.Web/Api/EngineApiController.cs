using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Web.Access;
using WorkflowEngine.Web.Problems;

namespace WorkflowEngine.Web.Api;

/// <summary>
/// The base of every API controller: JSON, ProblemDetails on every error, and bearer tokens only.
/// Cookies do not authenticate the API, so a page cannot be tricked into calling it (no CSRF), and
/// the anti-forgery check the pages need does not apply here.
/// </summary>
[ApiController]
[Produces("application/json")]
[IgnoreAntiforgeryToken]
[Authorize(AuthenticationSchemes = BearerSchemes)]
public abstract class EngineApiController : ControllerBase
{
    /// <summary>The schemes the API accepts.</summary>
    protected const string BearerSchemes = "Identity.Bearer";

    /// <summary>The caller.</summary>
    protected Viewer Caller => Viewer.From(User);

    /// <summary>A command's result as 200 with the value, or its problem with the matching status.</summary>
    protected ActionResult<TOut> FromCommand<T, TOut>(CommandResult<T> result, Func<T, TOut> project)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(project);
        return result.Succeeded ? Ok(project(result.Value!)) : Failed(result);
    }

    /// <summary>A failed command as its problem.</summary>
    protected ObjectResult Failed<T>(CommandResult<T> result)
    {
        var problem = CommandProblems.ToProblem(result);
        return new ObjectResult(problem) { StatusCode = problem.Status, ContentTypes = { "application/problem+json" } };
    }
}
