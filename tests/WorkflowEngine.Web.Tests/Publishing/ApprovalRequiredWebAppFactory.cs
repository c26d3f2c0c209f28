using Microsoft.AspNetCore.Hosting;

namespace WorkflowEngine.Web.Tests.Publishing;

/// <summary>The web app as <see cref="WebAppFactory"/> runs it, with four-eyes publishing on (as outside Development).</summary>
public sealed class ApprovalRequiredWebAppFactory : WebAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Publishing:RequireApproval", "true");
    }
}
