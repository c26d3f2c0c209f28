using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Web.Access;
using WorkflowEngine.Web.Problems;

namespace WorkflowEngine.Web.Api;

/// <summary>
/// The base of every API controller: JSON, ProblemDetails on every error, and bearer tokens only.
/// Cookies do not authenticate the API, so a page cannot be tricked into calling it (no CSRF), and
/// the anti-forgery check the pages need does not apply here. (No class-wide [Produces]: it would
/// override the <c>application/problem+json</c> content type of every problem.)
/// </summary>
[ApiController]
[IgnoreAntiforgeryToken]
[Authorize(AuthenticationSchemes = BearerSchemes)]
[ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status401Unauthorized, "application/problem+json")]
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
        return AsProblem(problem);
    }

    /// <summary>
    /// A command's result as 200 with the value; a refusal by its need-to-know check or a missing
    /// case or task as the plain 403 or 404 the API has always sent; any other failure as its problem.
    /// </summary>
    protected ActionResult<TOut> FromCheckedCommand<T, TOut>(CommandResult<T> result, Func<T, TOut> project)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            CommandStatus.Forbidden => Forbidden(result.Errors[0].Message),
            CommandStatus.NotFound => NotFoundProblem(result.Errors[0].Message),
            _ => FromCommand(result, project),
        };
    }

    /// <summary>A 400 naming every field at fault by its JSON path.</summary>
    protected ObjectResult Invalid(IReadOnlyList<ValidationError> errors) =>
        AsProblem(CommandProblems.ToProblem(CommandStatus.Invalid, errors));

    /// <summary>A 400 naming one field.</summary>
    protected ObjectResult Invalid(string code, string path, string message) => Invalid([new ValidationError(code, path, message)]);

    /// <summary>A 403 saying why, without revealing more than the caller may know.</summary>
    protected ObjectResult Forbidden(string detail) => AsProblem(new ProblemDetails
    {
        Status = StatusCodes.Status403Forbidden,
        Title = "You may not do this.",
        Detail = detail,
    });

    /// <summary>A 404 saying what was not found.</summary>
    protected ObjectResult NotFoundProblem(string detail) => AsProblem(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Not found.",
        Detail = detail,
    });

    /// <summary>A 409: the thing exists but is not in a state that allows this.</summary>
    protected ObjectResult ConflictProblem(string detail) => AsProblem(new ProblemDetails
    {
        Status = StatusCodes.Status409Conflict,
        Title = "This is not allowed now.",
        Detail = detail,
    });

    private static ObjectResult AsProblem(ProblemDetails problem) => CommandProblems.ToResult(problem);
}
