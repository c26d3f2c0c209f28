using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using WorkflowEngine.Web.Access;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Features.Shared;

/// <summary>
/// Admin pages and their buttons: a signed-in person who is not an admin gets the refusal page with a
/// 403, on every page and every post. It runs after sign-in is checked (a visitor who is not signed in
/// still goes to the sign-in page) and before the anti-forgery check, so a refused post is refused, not
/// reported as a bad form.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AdminOnlyAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>After the <c>[Authorize]</c> filter (0), before the anti-forgery filter (1000).</summary>
    public int Order => 1;

    /// <inheritdoc />
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is not null || context.HttpContext.User.Identity?.IsAuthenticated != true || Viewer.From(context.HttpContext.User).Is(AppRoles.Admin))
        {
            return;
        }

        var metadata = context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>();
        context.Result = new ViewResult
        {
            ViewName = "Forbidden",
            StatusCode = StatusCodes.Status403Forbidden,
            ViewData = new ViewDataDictionary(metadata, context.ModelState),
        };
    }
}
