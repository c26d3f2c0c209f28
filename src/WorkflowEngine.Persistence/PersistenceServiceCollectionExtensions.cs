using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using WorkflowEngine.Core.Migration;
using WorkflowEngine.Persistence.CaseMigration;
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
using WorkflowEngine.Persistence.PostgreSql;
using WorkflowEngine.Persistence.Rules;
using WorkflowEngine.Persistence.Sqlite;
using WorkflowEngine.Persistence.Tasks;
using WorkflowEngine.Persistence.Timers;

namespace WorkflowEngine.Persistence;

/// <summary>Registers the engine's database and stores.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database (SQLite, or PostgreSQL when <see cref="PersistenceOptions.Provider"/> says so), <see cref="ICaseStore"/>, <see cref="IDocumentStore"/>, <see cref="ITimerStore"/>, the outbox, the in-app inbox, the dashboard's queries, <see cref="IMeasureStore"/>, the idempotency keys, the operational figures and node heartbeats,
    /// <see cref="DatabaseInitializer"/> and the journal audit. The options are bound by the host
    /// from the <see cref="PersistenceOptions.SectionName"/> section (or set by <paramref name="configure"/>),
    /// checked at start-up and read when the stores are first resolved, not here. Any EF Core
    /// <see cref="IInterceptor"/> registered in the container is added to every context.
    /// </summary>
    public static IServiceCollection AddWorkflowPersistence(this IServiceCollection services, Action<PersistenceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var optionsBuilder = services.AddOptions<PersistenceOptions>()
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "Persistence:ConnectionString must name the database.")
            .Validate(o => Enum.IsDefined(o.Provider), "Persistence:Provider must be Sqlite or PostgreSql.")
            .Validate(o => o.BusyTimeout >= TimeSpan.Zero, "Persistence:BusyTimeout cannot be negative.")
            .Validate(
                o => o.Provider != DatabaseProvider.PostgreSql || o.ConnectionString != PersistenceOptions.DefaultSqliteConnectionString,
                "Persistence:ConnectionString must name the PostgreSQL database when Persistence:Provider is PostgreSql, e.g. Host=localhost;Database=workflow;Username=engine;Password=...")
            .ValidateOnStart();
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);

        // Both providers' stores are registered; each port answers with the chosen provider's,
        // read from the options when first resolved (ProviderChoice).
        AddSqlite(services);
        AddPostgreSql(services);
        services.Replace(ServiceDescriptor.Singleton<IDbContextFactory<EngineDbContext>>(sp =>
            ProviderChoice.Of(sp) == DatabaseProvider.PostgreSql
                ? sp.GetRequiredService<PostgreSqlContextFactory>()
                : sp.GetRequiredService<PooledDbContextFactory<EngineDbContext>>()));
        ProviderChoice.Add<ICaseStore, SqliteCaseStore, PostgreSqlCaseStore>(services);
        ProviderChoice.Add<IPublishedVersionReads, SqliteCaseStore, PostgreSqlCaseStore>(services);
        ProviderChoice.Add<ITimerClaims, SqliteCaseStore, PostgreSqlTimerClaims>(services);
        ProviderChoice.Add<IRuleDecisionHistory, SqliteRuleDecisionHistory, PostgreSqlRuleDecisionHistory>(services);

        // SQLite takes one writer at a time, so this process's writers queue at the gate; PostgreSQL
        // locks rows, not the database, so there the gate lets every writer straight through.
        services.AddSingleton(sp => new SqliteWriteGate(queues: ProviderChoice.Of(sp) == DatabaseProvider.Sqlite));
        services.AddSingleton<LoadedRows>();
        services.AddSingleton<ICaseQueries, EfCaseQueries>();
        services.AddSingleton<Core.Children.IChildRegistry, Children.EfChildRegistry>();
        services.AddSingleton<IDocumentStore, EfDocumentStore>();
        services.AddSingleton<IVersionHistory, EfVersionHistory>();
        services.AddSingleton<IImportedFiles, EfImportedFiles>();
        services.AddSingleton<IRunningCases, EfRunningCases>();
        services.AddSingleton<IMigrationCandidates, EfMigrationCandidates>();
        services.AddSingleton<ITimerStore, EfTimerStore>();
        services.AddSingleton<IEscalationQueue, EfEscalationQueue>();
        services.AddSingleton<IOutboxStore, EfOutboxStore>();
        services.AddSingleton<IInAppNotificationStore, EfInAppNotificationStore>();
        services.AddSingleton<ITaskInbox, EfTaskInbox>();
        services.AddSingleton<IHandoverQueries, EfHandoverQueries>();
        services.TryAddSingleton(new MeasureSources());
        services.AddSingleton<IDashboardQueries, EfDashboardQueries>();
        services.AddSingleton<IMeasureStore, EfMeasureStore>();
        services.AddSingleton<IIdempotencyStore, EfIdempotencyStore>();
        services.AddSingleton<Core.Operations.IOperationalFiguresReader, Operations.EfOperationalFigures>();
        services.AddSingleton<Core.Operations.INodeHeartbeats, Operations.EfNodeHeartbeats>();
        services.AddSingleton<Core.Panels.IPanelStore, Panels.EfPanelStore>();
        services.TryAddSingleton<Core.CaseDocuments.ICaseDocumentStore, CaseDocuments.EfCaseDocumentStore>();
        services.AddSingleton(provider => new DatabaseInitializer(provider.GetRequiredService<IDbContextFactory<EngineDbContext>>(), provider.GetRequiredService<SqliteWriteGate>()));
        services.AddSingleton(provider => new Journal.JournalAudit(provider.GetRequiredService<IDbContextFactory<EngineDbContext>>()));
        services.AddSingleton(provider => new Disclosures.DisclosureLog(provider.GetRequiredService<IDbContextFactory<EngineDbContext>>()));
        return services;
    }

    private static void AddSqlite(IServiceCollection services)
    {
        services.AddPooledDbContextFactory<EngineDbContext>((provider, builder) =>
        {
            SqliteSetup.Configure(builder, provider.GetRequiredService<IOptions<PersistenceOptions>>().Value);
            builder.AddInterceptors(provider.GetServices<IInterceptor>());
        });

        // The one pool of SQLite contexts, made from the options AddPooledDbContextFactory registered;
        // IDbContextFactory<EngineDbContext> hands it out only when SQLite is the provider.
        services.AddSingleton(sp => new PooledDbContextFactory<EngineDbContext>(sp.GetRequiredService<DbContextOptions<EngineDbContext>>()));
        services.AddSingleton<SqliteCaseStore>();
        services.AddSingleton<SqliteCheckpointer>();
        services.AddSingleton<SqliteRuleDecisionHistory>();
    }

    private static void AddPostgreSql(IServiceCollection services)
    {
        services.AddSingleton(provider => PostgreSqlSetup.DataSource(provider.GetRequiredService<IOptions<PersistenceOptions>>().Value));
        services.AddPooledDbContextFactory<PostgreSqlEngineDbContext>((provider, builder) =>
        {
            PostgreSqlSetup.Configure(builder, provider.GetRequiredService<NpgsqlDataSource>());
            builder.AddInterceptors(provider.GetServices<IInterceptor>());
        });
        services.AddSingleton<PostgreSqlContextFactory>();
        services.AddSingleton<PostgreSqlCaseStore>();
        services.AddSingleton<PostgreSqlTimerClaims>();
        services.AddSingleton<PostgreSqlRuleDecisionHistory>();
    }
}
