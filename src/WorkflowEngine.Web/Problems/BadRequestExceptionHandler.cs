using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace WorkflowEngine.Web.Problems;

/// <summary>
/// A request the server refused while reading it (too large, cut short, malformed headers) is the
/// client's fault: it answers with the status Kestrel chose (413, 400, 408...) as a problem, not 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "What was sent is too large." : "The request could not be read.",
                Detail = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? bad.Message : null,
            },
        });
    }
}
