using Microsoft.AspNetCore.Http.Features;

namespace WorkflowEngine.Web.Hosting;

/// <summary>
/// How large a request body may be: 1 MB for the API and the forms (a 10,000-character concern is
/// under 40 KB even in the widest UTF-8), 4 MB where workflow and rule set documents are uploaded
/// (the largest shipped workflow is 32 KB), and 11 MB where a case document (10 MB at most) is attached. Kestrel enforces the limit as the body streams in; a
/// declared length over it is refused before anything is read. Both end in a 413 problem.
/// </summary>
internal static class RequestBodyLimits
{
    public const long Default = 1024 * 1024;

    public const long Documents = 4 * 1024 * 1024;

    // A case document of the largest size allowed, with room for the form around it.
    public const long CaseDocuments = Core.CaseDocuments.AttachmentTypes.MaxBytes + (1024 * 1024);

    private static readonly string[] DocumentPaths = ["/api/workflows", "/api/rulesets", Features.Designer.DesignerController.ApiBase];

    // POST /cases/{id}/documents (the page) and /api/cases/{id}/documents.
    private static bool IsCaseDocumentUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Value is { } path
        && path.EndsWith("/documents", StringComparison.OrdinalIgnoreCase)
        && (path.StartsWith("/cases/", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/api/cases/", StringComparison.OrdinalIgnoreCase));

    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var limit = DocumentPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)) ? Documents
                : IsCaseDocumentUpload(context.Request) ? CaseDocuments : Default;
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            if (context.Request.ContentLength > limit)
            {
                throw new BadHttpRequestException($"The request body is larger than the {limit / 1024 / 1024} MB this address accepts.", StatusCodes.Status413PayloadTooLarge);
            }

            return next(context);
        });
}
