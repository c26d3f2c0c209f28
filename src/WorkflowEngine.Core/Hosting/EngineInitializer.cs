using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Hosting;

/// <summary>Start-up work of the engine: publish changed workflow and rule files.</summary>
public sealed class EngineInitializer
{
    private readonly EngineOptions _options;
    private readonly CatalogueSynchroniser _synchroniser;

    /// <summary>Creates the initializer.</summary>
    public EngineInitializer(EngineOptions options, CatalogueSynchroniser synchroniser)
    {
        _options = options;
        _synchroniser = synchroniser;
    }

    /// <summary>Publishes the files in the workflows and rules folders whose content changed; returns what it published.</summary>
    /// <exception cref="CatalogueInvalidException">A file has problems; nothing was published.</exception>
    public Task<IReadOnlyList<StoredDocument>> InitializeAsync(CancellationToken cancellationToken = default) =>
        _options.PublishFilesOnStartup
            ? _synchroniser.SyncAsync(_options.Resolve(_options.WorkflowsDirectory), _options.Resolve(_options.RulesDirectory), cancellationToken)
            : Task.FromResult<IReadOnlyList<StoredDocument>>([]);
}
