using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WorkflowEngine.Core.Operations;

/// <summary>Registers the node's identity, its <see cref="OperationsMonitor"/> and the heartbeat that refreshes it.</summary>
public static class OperationsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="NodeOptions"/> (a registered instance wins), the <see cref="OperationsMonitor"/>
    /// and its heartbeat service. Needs an <see cref="IOperationalFiguresReader"/> and an
    /// <see cref="INodeHeartbeats"/> (registered by the persistence project).
    /// </summary>
    public static IServiceCollection AddWorkflowOperations(this IServiceCollection services)
    {
        services.TryAddSingleton(new NodeOptions());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new OperationsMonitor(
            sp.GetRequiredService<IOperationalFiguresReader>(), sp.GetRequiredService<INodeHeartbeats>(), sp.GetRequiredService<NodeOptions>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetService<IMeterFactory>()));
        services.AddHostedService<OperationsMonitorService>();
        return services;
    }
}
