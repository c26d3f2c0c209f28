using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowEngine.Core.Leases;
using WorkflowEngine.Core.Operations;

namespace WorkflowEngine.Web.Hosting;

/// <summary>
/// Each node says who it is: every log line written while it serves a request or runs its
/// background work carries a <c>Node</c> scope, and health answers carry an <see cref="Header"/>
/// header, so an operator behind a load balancer knows which node answered.
/// </summary>
internal static class NodeIdentity
{
    public const string Header = "X-Workflow-Node";

    public static NodeOptions AddNodeIdentity(this WebApplicationBuilder builder)
    {
        var node = builder.Configuration.GetSection(NodeOptions.SectionName).Get<NodeOptions>() ?? new NodeOptions();
        var named = !string.IsNullOrWhiteSpace(builder.Configuration[$"{NodeOptions.SectionName}:{nameof(NodeOptions.Name)}"]);
        if (string.IsNullOrWhiteSpace(node.Name))
        {
            node.Name = NodeOptions.DefaultName();
        }

        if (named)
        {
            // A named node's leases carry its name: several nodes started from one folder on one
            // machine are then different lease holders (a node starting never frees another's live
            // leases), and a node restarted under its name frees its earlier run's leases at once.
            var run = LeaseHolder.ForThisProcess(builder.Environment.ContentRootPath).Run;
            builder.Services.Replace(ServiceDescriptor.Singleton(new LeaseHolder(node.Name.Replace('/', '-'), run)));
        }

        if (node.HeartbeatInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Node:HeartbeatInterval must be more than zero, such as 00:00:15.");
        }

        builder.Services.AddSingleton(node);
        return node;
    }

    /// <summary>A log scope naming the node around everything started inside it (the hosted services, when wrapped round running the app).</summary>
    public static IDisposable? BeginNodeScope(this WebApplication app) =>
        app.Logger.BeginScope(new Dictionary<string, object> { ["Node"] = app.Services.GetRequiredService<NodeOptions>().Name });

    /// <summary>Each request's log lines carry the node's name.</summary>
    public static void UseNodeScope(this WebApplication app)
    {
        var node = app.Services.GetRequiredService<NodeOptions>().Name;
        var scope = new Dictionary<string, object> { ["Node"] = node };
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("WorkflowEngine.Web.Node");
        app.Use(async (context, next) =>
        {
            using (logger.BeginScope(scope))
            {
                await next(context);
            }
        });
    }

    /// <summary>Health answers: the status as plain text, and the node that gave it in a header.</summary>
    public static HealthCheckOptions HealthOptions(WebApplication app, Func<HealthCheckRegistration, bool> predicate)
    {
        var node = app.Services.GetRequiredService<NodeOptions>().Name;
        return new HealthCheckOptions
        {
            Predicate = predicate,
            ResponseWriter = (context, report) =>
            {
                context.Response.Headers[Header] = node;
                context.Response.ContentType = "text/plain";
                return context.Response.WriteAsync(report.Status.ToString());
            },
        };
    }
}
