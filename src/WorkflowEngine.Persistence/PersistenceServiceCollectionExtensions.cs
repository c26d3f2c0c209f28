using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Rules.Shadow;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Tasks;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Persistence.Cases;
using WorkflowEngine.Persistence.Documents;
using WorkflowEngine.Persistence.Escalation;
using WorkflowEngine.Persistence.Idempotency;
using WorkflowEngine.Persistence.Measures;
using WorkflowEngine.Persistence.Notifications;
using WorkflowEngine.Persistence.Rules;
using WorkflowEngine.Persistence.Sqlite;
using WorkflowEngine.Persistence.Tasks;
using WorkflowEngine.Persistence.Timers;

namespace WorkflowEngine.Persistence;

/// <summary>Registers the engine's database and stores.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database (SQLite), <see cref="ICaseStore"/>, <see cref="IDocumentStore"/>, <see cref="ITimerStore"/>, the outbox, the in-app inbox, the dashboard's queries, <see cref="IMeasureStore"/>, the idempotency keys,
    /// <see cref="DatabaseInitializer"/> and the journal audit. Options may also be bound from the
    /// <see cref="PersistenceOptions.SectionName"/> section by the host. Any EF Core
    /// <see cref="IInterceptor"/> registered in the container is added to every context.
    /// </summary>
    public static IServiceCollection AddWorkflowPersistence(this IServiceCollection services, Action<PersistenceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var optionsBuilder = services.AddOptions<PersistenceOptions>()
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "Persistence:ConnectionString must name the database.")
            .Validate(o => o.BusyTimeout >= TimeSpan.Zero, "Persistence:BusyTimeout cannot be negative.");
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddPooledDbContextFactory<EngineDbContext>((provider, builder) =>
        {
            SqliteSetup.Configure(builder, provider.GetRequiredService<IOptions<PersistenceOptions>>().Value);
            builder.AddInterceptors(provider.GetServices<IInterceptor>());
        });
        services.AddSingleton<SqliteWriteGate>();
        services.AddSingleton<SqliteCaseWriter>();
        services.AddSingleton<LoadedRows>();
        services.AddSingleton<SqliteCheckpointer>();
        services.AddSingleton<SqlitePreparedReads>();
        services.AddSingleton<ICaseStore, SqliteCaseStore>();
        services.AddSingleton<ICaseQueries, EfCaseQueries>();
        services.AddSingleton<IDocumentStore, EfDocumentStore>();
        services.AddSingleton<IVersionHistory, EfVersionHistory>();
        services.AddSingleton<IImportedFiles, EfImportedFiles>();
        services.AddSingleton<IRunningCases, EfRunningCases>();
        services.AddSingleton<IRuleDecisionHistory, SqliteRuleDecisionHistory>();
        services.AddSingleton<ITimerStore, EfTimerStore>();
        services.AddSingleton<IEscalationQueue, EfEscalationQueue>();
        services.AddSingleton<IOutboxStore, EfOutboxStore>();
        services.AddSingleton<IInAppNotificationStore, EfInAppNotificationStore>();
        services.AddSingleton<ITaskInbox, EfTaskInbox>();
        services.TryAddSingleton(new MeasureSources());
        services.AddSingleton<IDashboardQueries, EfDashboardQueries>();
        services.AddSingleton<IMeasureStore, EfMeasureStore>();
        services.AddSingleton<IIdempotencyStore, EfIdempotencyStore>();
        services.AddSingleton(provider => new DatabaseInitializer(provider.GetRequiredService<IDbContextFactory<EngineDbContext>>()));
        services.AddSingleton(provider => new Journal.JournalAudit(provider.GetRequiredService<IDbContextFactory<EngineDbContext>>()));
        return services;
    }
}
