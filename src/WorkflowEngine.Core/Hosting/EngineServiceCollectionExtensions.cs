using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Hosting;

/// <summary>Registers the engine. Persistence (the stores) is registered by its own project.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine's services. Reference data and calendars are loaded (and validated) when
    /// first resolved; a problem in them stops start-up with every problem listed.
    /// </summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, Action<EngineOptions>? configure = null)
    {
        var options = new EngineOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => LoadReference(options));
        services.AddSingleton(_ => LoadCalendars(options));
        services.AddSingleton<IDueTimeCalculator>(sp => new DueTimeCalculator(sp.GetRequiredService<CalendarCatalogue>()));
        services.AddSingleton<RuleSetValidator>();
        services.AddSingleton<IRuleEvaluator, RuleEvaluator>();
        services.AddSingleton<WorkflowCatalogue>();
        services.AddSingleton<CaseService>();
        services.AddSingleton<DefinitionPublisher>();
        services.AddSingleton<CatalogueSynchroniser>();
        services.AddSingleton<EngineInitializer>();
        return services;
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
