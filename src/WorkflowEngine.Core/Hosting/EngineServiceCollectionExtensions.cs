using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Leases;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Migration;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Rules.Examples;
using WorkflowEngine.Core.Rules.Shadow;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Simulation;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Hosting;

/// <summary>Registers the engine. Persistence (the stores) is registered by its own project.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine's services. Its <see cref="EngineOptions"/> are bound by the host from the
    /// <see cref="EngineOptions.SectionName"/> section (or set by <paramref name="configure"/>) and read
    /// when first resolved, not here. Reference data and calendars are loaded (and validated) when
    /// first resolved; a problem in them stops start-up with every problem listed.
    /// </summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, Action<EngineOptions>? configure = null)
    {
        var engine = AddEngineOptions<EngineOptions>(services)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ContentRoot), "Engine:ContentRoot must name the folder holding workflows, rules and reference.")
            .Validate(
                o => !string.IsNullOrWhiteSpace(o.WorkflowsDirectory) && !string.IsNullOrWhiteSpace(o.RulesDirectory) && !string.IsNullOrWhiteSpace(o.ReferenceDirectory),
                "Engine:WorkflowsDirectory, RulesDirectory and ReferenceDirectory must each name a folder.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.FrontDoorWorkflow), "Engine:FrontDoorWorkflow must name the workflow the \"Raise a concern\" page opens cases on.");
        if (configure is not null)
        {
            engine.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => LeaseHolder.ForThisProcess(sp.GetRequiredService<EngineOptions>().ContentRoot));
        services.AddSingleton(sp => LoadReference(sp.GetRequiredService<EngineOptions>()));
        services.AddSingleton(sp => LoadCalendars(sp.GetRequiredService<EngineOptions>()));
        services.AddSingleton<IDueTimeCalculator>(sp => new DueTimeCalculator(sp.GetRequiredService<CalendarCatalogue>()));
        services.AddSingleton<RuleSetValidator>();
        services.AddSingleton<IRuleEvaluator, RuleEvaluator>();
        services.AddSingleton<WorkflowCatalogue>();
        AddEngineOptions<TimerOptions>(services)
            .Validate(o => o.Lease > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero && o.BatchSize > 0 && o.FiringConcurrency > 0 && o.CasesFiredTogether > 0 && o.MaxAttempts > 0,
                "Timers: Lease, PollInterval, BatchSize, FiringConcurrency, CasesFiredTogether and MaxAttempts must each be more than zero.");
        AddEngineOptions<MeasureSources>(services);
        services.AddSingleton(sp => new CaseService(
            sp.GetRequiredService<ICaseStore>(), sp.GetRequiredService<WorkflowCatalogue>(), sp.GetRequiredService<IRuleEvaluator>(),
            sp.GetRequiredService<IDueTimeCalculator>(), sp.GetRequiredService<ReferenceData>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<TimerOptions>(), sp.GetRequiredService<MeasureSources>(), sp.GetService<Children.IChildRegistry>()));
        // One instance of each handler, built with the CaseService that shares the runner among them; a controller takes the handler it runs.
        services.AddSingleton(sp => sp.GetRequiredService<CaseService>().Open);
        services.AddSingleton(sp => sp.GetRequiredService<CaseService>().Read);
        services.AddSingleton(sp => sp.GetRequiredService<CaseService>().Claim);
        services.AddSingleton(sp => sp.GetRequiredService<CaseService>().Release);
        services.AddSingleton(sp => sp.GetRequiredService<CaseService>().Complete);
        services.AddSingleton(sp => sp.GetRequiredService<CaseService>().CompleteWithMinutes);
        services.AddSingleton(sp => sp.GetRequiredService<CaseService>().Reassign);
        services.AddSingleton(sp => sp.GetRequiredService<CaseService>().Extend);
        services.AddSingleton(sp => sp.GetRequiredService<CaseService>().AnswerHandover);
        services.AddSingleton(sp => sp.GetRequiredService<CaseService>().SignOff);
        services.AddSingleton(sp => sp.GetRequiredService<CaseService>().EscalateByHand);
        services.AddSingleton(sp => sp.GetRequiredService<CaseService>().Acknowledge);
        services.AddSingleton(sp => sp.GetRequiredService<CaseService>().Resolve);
        services.AddSingleton(sp => sp.GetRequiredService<CaseService>().MoveByHand);
        services.AddSingleton(sp => sp.GetRequiredService<CaseService>().StartTrack);
        services.AddSingleton(sp => sp.GetRequiredService<CaseService>().Close);
        services.AddSingleton(sp => sp.GetRequiredService<CaseService>().MergeChildren
            ?? throw new InvalidOperationException("Merging child records needs an IChildRegistry registered before the engine is resolved (the persistence layer registers one)."));
        services.AddSingleton<ITimerHandler>(sp => sp.GetRequiredService<CaseService>().Timers);
        services.AddSingleton(sp => new CaseMigrationService(
            sp.GetRequiredService<ICaseStore>(), sp.GetRequiredService<IMigrationCandidates>(), sp.GetRequiredService<IRunningCases>(),
            sp.GetRequiredService<IDocumentReader>(), sp.GetRequiredService<WorkflowCatalogue>(), sp.GetRequiredService<IRuleEvaluator>(),
            sp.GetRequiredService<IDueTimeCalculator>(), sp.GetRequiredService<ReferenceData>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<TimerOptions>(), sp.GetRequiredService<MeasureSources>()));
        // No scanner configured means none: the default says so by its name.
        services.TryAddSingleton<CaseDocuments.IVirusScanner, CaseDocuments.NoOpVirusScanner>();
        services.AddSingleton<CaseDocuments.CaseAttachments>();
        services.AddSingleton<CaseNotes.CaseNoteService>();
        services.AddSingleton(sp => new MeasureRebuilder(
            sp.GetRequiredService<ICaseStore>(), sp.GetRequiredService<IMeasureStore>(), sp.GetRequiredService<WorkflowCatalogue>(),
            sp.GetRequiredService<IDueTimeCalculator>(), sp.GetRequiredService<MeasureSources>(),
            sp.GetService<ILogger<MeasureRebuilder>>() ?? NullLogger<MeasureRebuilder>.Instance));
        services.TryAddSingleton<IDocumentReader>(sp => sp.GetRequiredService<IDocumentStore>());
        services.TryAddSingleton<IDocumentWriter>(sp => sp.GetRequiredService<IDocumentStore>());
        services.AddSingleton<DefinitionPublisher>();
        services.AddSingleton(sp => new FrontDoor(sp.GetRequiredService<EngineOptions>().FrontDoorWorkflow));
        services.AddSingleton<DefinitionUsage>();
        AddEngineOptions<PublishingOptions>(services);
        services.AddSingleton<PublishingPolicy>();
        services.AddSingleton<DefinitionManagement>();
        services.AddSingleton<DefinitionApproval>();
        services.AddSingleton<RuleExampleRunner>();
        services.AddSingleton<ShadowRunner>();
        services.AddSingleton<WorkflowSimulator>();
        services.AddSingleton<CatalogueSynchroniser>();
        services.AddSingleton<EngineInitializer>();
        services.AddSingleton(sp => new Panels.PanelService(sp.GetRequiredService<Panels.IPanelStore>(), sp.GetRequiredService<CaseService>(),
            sp.GetRequiredService<ICaseQueries>(), sp.GetRequiredService<CalendarCatalogue>(), sp.GetRequiredService<ReferenceData>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>
    /// Adds the timer dispatcher as a hosted service, so every clock in the workflows acts on its
    /// own. Needs an <see cref="ITimerStore"/> (registered by the persistence project) and the
    /// engine (<see cref="AddWorkflowEngine"/>), which registers the <see cref="TimerOptions"/>
    /// both use: register one before it to change them.
    /// </summary>
    public static IServiceCollection AddWorkflowTimerDispatcher(this IServiceCollection services)
    {
        services.AddSingleton(sp => new TimerDispatcher(
            sp.GetRequiredService<ITimerStore>(), sp.GetRequiredService<ITimerHandler>(), sp.GetRequiredService<TimerOptions>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetService<ILogger<TimerDispatcher>>() ?? NullLogger<TimerDispatcher>.Instance, sp.GetService<LeaseHolder>()));
        services.AddHostedService<TimerDispatcherService>();
        return services;
    }

    // Each options class is registered once, here: the host binds it from its section
    // (AddOptions<T>().BindConfiguration(T.SectionName)), start-up validates it, and the engine takes
    // the bound value as a plain singleton. A value registered before the engine (as tests do) wins.
    private static OptionsBuilder<T> AddEngineOptions<T>(IServiceCollection services)
        where T : class
    {
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return services.AddOptions<T>().ValidateOnStart();
    }

    private static ReferenceData LoadReference(EngineOptions options)
    {
        var result = ReferenceDataLoader.Load(options.Resolve(options.ReferenceDirectory));
        return result.Errors.Count == 0 && result.Data is not null ? result.Data : throw new CatalogueInvalidException(result.Errors);
    }

    private static CalendarCatalogue LoadCalendars(EngineOptions options)
    {
        var result = CalendarCatalogue.Load(options.Resolve(options.ReferenceDirectory));
        return result.Succeeded ? result.Catalogue! : throw new CatalogueInvalidException(result.Errors);
    }
}
