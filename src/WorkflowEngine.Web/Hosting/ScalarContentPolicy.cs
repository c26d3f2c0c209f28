using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace WorkflowEngine.Web.Hosting;

/// <summary>
/// The content policy of the API reference at <c>/scalar</c>. Scalar's page starts itself with one
/// inline script (its configuration), so instead of allowing every inline script the page's own
/// inline scripts are allowed by their SHA-256 hashes, worked out from the page as it is sent.
/// Scalar sets styles from script, so inline styles are allowed there (and only there); its
/// default fonts come from a CDN and are turned off, so everything it loads is our own.
/// </summary>
internal static partial class ScalarContentPolicy
{
    public const string Path = "/scalar";

    private const string AssetPolicy =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseScalarContentPolicy(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase), branch => branch.Use(async (context, next) =>
        {
            var original = context.Response.Body;
            await using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next();
            }
            finally
            {
                context.Response.Body = original;
            }

            var html = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
                ? Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)
                : null;
            context.Response.Headers[HeaderNames.ContentSecurityPolicy] = PolicyFor(html);
            context.Response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }));

    private static string PolicyFor(string? html)
    {
        var hashes = html is null
            ? []
            : InlineScripts().Matches(html).Select(m => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups["body"].Value)))}'");
        return $"script-src 'self' {string.Join(' ', hashes)}".TrimEnd() + "; " + AssetPolicy;
    }

    // An inline script: a <script> element without a src attribute, and its text.
    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScripts();
}
