using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Problems;

namespace WorkflowEngine.Web.Features.Designer;

/// <summary>The answers the workflow designer's and the rule-set editor's JSON endpoints share: RFC 9457 problems and version states.</summary>
internal static class DesignerProblems
{
    /// <summary>400 with every validation error by path.</summary>
    public static ObjectResult Invalid(IReadOnlyList<ValidationError> errors) =>
        CommandProblems.ToResult(CommandProblems.ToProblem(CommandStatus.Invalid, errors));

    /// <summary>404 saying what is missing.</summary>
    public static ObjectResult NotFound(string detail) =>
        CommandProblems.ToResult(CommandProblems.ToProblem(CommandStatus.NotFound, [new ValidationError("designer.not-found", "$", detail)]));

    /// <summary>The body was not JSON of the right shape: each binding error names its JSON path.</summary>
    public static ObjectResult Unreadable(ModelStateDictionary modelState) => Invalid([.. modelState
        .Where(e => e.Value is { Errors.Count: > 0 })
        .SelectMany(e => e.Value!.Errors.Select(error => new ValidationError("request.unreadable", string.IsNullOrEmpty(e.Key) ? "$" : e.Key,
            string.IsNullOrEmpty(error.ErrorMessage) ? "This is not JSON the designer can read." : error.ErrorMessage)))
        .DefaultIfEmpty(new ValidationError("request.unreadable", "$", "Send a JSON body."))]);

    /// <summary>200 with the version's number and status, or the command's problem (404, 409, 400).</summary>
    public static IActionResult Answer(CommandResult<StoredDocument> result) =>
        result.Succeeded ? new OkObjectResult(Summary(result.Value!)) : CommandProblems.ToResult(result);

    /// <summary>A stored version's number and status.</summary>
    public static DesignerVersionStatus Summary(StoredDocument document) => new(document.Version, document.Status.ToString());

    /// <summary>A version as the version history lists it.</summary>
    public static DesignerVersionSummary Listed(StoredDocument v) =>
        new(v.Version, v.Status.ToString(), v.CreatedAt, v.Status == DocumentStatus.Draft ? null : v.CreatedAt, v.ContentHash);
}
