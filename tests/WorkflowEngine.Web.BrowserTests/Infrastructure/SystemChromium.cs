namespace WorkflowEngine.Web.BrowserTests.Infrastructure;

/// <summary>
/// The browser the tests drive: the system Chromium (Debian's <c>chromium</c> package, which
/// <c>.ci/run</c> installs), never a browser Playwright downloads. <c>CHROMIUM_PATH</c> overrides
/// the path. A missing browser fails every browser test loudly; it is never a skip.
/// </summary>
internal static class SystemChromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static string Path
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : DefaultPath;
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"The browser tests need Chromium at {path} and it is not there. Install it with " +
                    "`apt-get install -y chromium` (as .ci/run does), or set CHROMIUM_PATH to a Chromium binary.");
            }

            return path;
        }
    }
}
