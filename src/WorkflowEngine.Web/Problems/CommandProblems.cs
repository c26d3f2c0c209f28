using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Web.Problems;

/// <summary>Turns an engine command's failure into an RFC 9457 problem: 400 naming each field, 404, 409, 503 naming what is not published.</summary>
public static class CommandProblems
{
    /// <summary>The HTTP status for a command's outcome.</summary>
    public static int StatusOf(CommandStatus status) => status switch
    {
        CommandStatus.Succeeded => StatusCodes.Status200OK,
        CommandStatus.Invalid => StatusCodes.Status400BadRequest,
        CommandStatus.NotFound => StatusCodes.Status404NotFound,
        CommandStatus.Forbidden => StatusCodes.Status403Forbidden,
        CommandStatus.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status409Conflict,
    };

    /// <summary>The problem for a failed command; validation errors keyed by the JSON path of the field.</summary>
    public static ProblemDetails ToProblem<T>(CommandResult<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ToProblem(result.Status, result.Errors);
    }

    /// <summary>The problem for errors of a given kind.</summary>
    public static ProblemDetails ToProblem(CommandStatus status, IReadOnlyList<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var code = StatusOf(status);
        var problem = status == CommandStatus.Invalid
            ? new ValidationProblemDetails(errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
            : new ProblemDetails();
        problem.Status = code;
        problem.Title = status switch
        {
            CommandStatus.Invalid => "Some of what was sent is not right.",
            CommandStatus.NotFound => "Not found.",
            CommandStatus.Conflict => "Someone else changed this first.",
            CommandStatus.Unavailable => "Something the engine needs is not published, so nothing was saved.",
            CommandStatus.Forbidden => "You are not allowed to do this.",
            _ => "The workflow does not allow this now.",
        };
        problem.Detail = string.Join(" ", errors.Select(e => e.Message));
        // "errors" is the field-keyed dictionary of a validation problem; the full list (with codes) goes beside it.
        problem.Extensions["problems"] = errors.Select(e => new { e.Code, e.Path, e.Message }).ToArray();
        return problem;
    }

    /// <summary>A problem as an action result with the problem's status and <c>application/problem+json</c>.</summary>
    public static ObjectResult ToResult(ProblemDetails problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new ObjectResult(problem) { StatusCode = problem.Status, ContentTypes = { "application/problem+json" } };
    }

    /// <summary>A failed command as an action result.</summary>
    public static ObjectResult ToResult<T>(CommandResult<T> result) => ToResult(ToProblem(result));
}
