using System.Security.Cryptography;

namespace WorkflowEngine.Web.Hosting;

/// <summary>Headers every response carries: no framing, no sniffing, a strict content policy, no referrer leaks.</summary>
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
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!context.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase))
            {
                var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
                context.Items[StyleNonceItem] = nonce;
                headers.ContentSecurityPolicy = ContentPolicy.Replace("{0}", nonce, StringComparison.Ordinal);
            }

            await next();
        });

    /// <summary>This response's style nonce, for a page whose script must add a style element (empty when there is none).</summary>
    public static string StyleNonce(HttpContext context) => context.Items[StyleNonceItem] as string ?? string.Empty;
}
