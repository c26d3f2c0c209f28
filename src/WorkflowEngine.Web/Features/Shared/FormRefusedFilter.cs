using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace WorkflowEngine.Web.Features.Shared;

/// <summary>
/// A form the server could not accept (its anti-forgery token missing or out of date, or the form
/// itself unreadable, e.g. holding a NUL character) gets a page that says so and what to do, not
/// MVC's bare 400; the designer's and rule editor's JSON calls get a problem instead.
/// </summary>
internal sealed class FormRefusedFilter(IModelMetadataProvider metadata) : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not IAntiforgeryValidationFailedResult)
        {
            return;
        }

        const string Message = "The form could not be accepted. It may hold characters a form cannot carry (such as a NUL character), "
            + "or the page was open too long. Go back, check what you typed and send it again.";
        if (context.HttpContext.Request.Path.StartsWithSegments("/designer", StringComparison.OrdinalIgnoreCase)
            || context.HttpContext.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Value?.Contains("json", StringComparison.OrdinalIgnoreCase) == true))
        {
            context.Result = new BadRequestObjectResult(new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The request could not be accepted.", Detail = Message });
            return;
        }

        var view = new ViewDataDictionary(metadata, context.ModelState);
        view.ModelState.AddModelError(string.Empty, Message);
        context.Result = new ViewResult { ViewName = "FormRefused", ViewData = view, StatusCode = StatusCodes.Status400BadRequest };
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
