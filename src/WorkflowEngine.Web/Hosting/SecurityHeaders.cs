using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace WorkflowEngine.Web.Hosting;

/// <summary>
/// Headers every response carries: no framing, no sniffing, a strict content policy, no referrer
/// leaks, and no caching of anything a signed-in person or an API client receives. They are set
/// as the response starts, so an error page written by the exception handler (which clears the
/// headers) carries them too.
/// </summary>
internal static class SecurityHeaders
{
    // No inline script or style anywhere: GOV.UK Frontend's js-enabled switch is a file of its own.
    // The one exception is a per-response style nonce: the rule-set editor's code editor
    // (CodeMirror) writes its own style sheet into the page and marks it with that nonce.
    private const string ContentPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'nonce-{0}'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    private const string StyleNonceItem = "csp-style-nonce";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // Made before the page renders, so the page can hand it to its script.
            context.Items[StyleNonceItem] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            context.Response.OnStarting(() =>
            {
                Apply(context);
                return Task.CompletedTask;
            });
            await next();
        });

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
        {
            // The API reference sets its own (ScalarContentPolicy); everything else gets the strict one.
            headers.ContentSecurityPolicy = ContentPolicy.Replace("{0}", StyleNonce(context), StringComparison.Ordinal);
        }

        if (MayHoldCaseData(context))
        {
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }
    }

    // Anything answered to a signed-in person or an API client, and every error, may hold case data;
    // the static assets (served before sign-in is read) stay cacheable.
    private static bool MayHoldCaseData(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
        || context.Response.StatusCode >= StatusCodes.Status400BadRequest
        || context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments(Features.Designer.DesignerController.ApiBase, StringComparison.OrdinalIgnoreCase);

    /// <summary>This response's style nonce, for a page whose script must add a style element.</summary>
    public static string StyleNonce(HttpContext context) => context.Items[StyleNonceItem] as string ?? string.Empty;
}
