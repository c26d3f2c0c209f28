using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Web.Access;

namespace WorkflowEngine.Web.Features.Shared;

/// <summary>What every page controller shares: a signed-in viewer, the refusal page, and Core's errors shown beside fields.</summary>
// Pages sign in with the cookie: a visitor who is not signed in is sent to the sign-in page, not given a bare 401.
[Authorize(AuthenticationSchemes = "Identity.Application")]
public abstract class PageController : Controller
{
    /// <summary>The signed-in person.</summary>
    protected Viewer Me => Viewer.From(User);

    /// <summary>The "you cannot see this page" page with a 403.</summary>
    protected IActionResult Refuse()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("Forbidden");
    }

    /// <summary>The "page not found" page with a 404.</summary>
    protected IActionResult Missing()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("NotFound");
    }

    /// <summary>
    /// Reads a case for a page: one load, need-to-know decided by <paramref name="mayRead"/> on it,
    /// the read recorded in the case's disclosure log. Returns the case, or the page to show instead
    /// (not found, refused). A view that cannot be recorded is an infrastructure failure: the page
    /// must not show what it could not log.
    /// </summary>
    protected async Task<(CaseState? State, IActionResult? Instead)> ReadCaseAsync(
        ReadCaseHandler reads, Guid caseId, string purpose, Func<CaseState, bool> mayRead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(mayRead);
        var viewed = await reads.HandleAsync(new(caseId, Me.UserName, purpose, (state, _) => mayRead(state) ? null : "refused"), cancellationToken);
        return viewed.Status switch
        {
            CommandStatus.Succeeded => (viewed.Value, null),
            CommandStatus.NotFound => (null, Missing()),
            CommandStatus.Forbidden => (null, Refuse()),
            _ => throw new InvalidOperationException(
                $"The view of case {caseId} could not be written to its disclosure log: {string.Join(" ", viewed.Errors.Select(e => e.Message))}"),
        };
    }

    /// <summary>Adds each error to the model state under the id of the field it names (or the page, when none).</summary>
    protected void ShowErrors(IEnumerable<ValidationError> errors, Func<string, string?> fieldFor)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(fieldFor);
        foreach (var error in errors)
        {
            ModelState.AddModelError(fieldFor(error.Path) ?? string.Empty, error.Message);
        }
    }
}
