using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Journal;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Web.Tests.Pages;

/// <summary>Counts how often each case is loaded, around the app's own case store.</summary>
public sealed class CaseLoadCounter
{
    private readonly ConcurrentDictionary<Guid, int> _loads = new();

    /// <summary>Puts the counter around the registered <see cref="ICaseStore"/>.</summary>
    public void Wrap(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(ICaseStore));
        services.Remove(registered);
        // The store is registered as a choice between the providers' stores (a factory) or as a type.
        services.AddSingleton<ICaseStore>(sp => new Counting(
            (ICaseStore)(registered.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!)), this));
    }

    /// <summary>How many times the case was loaded since the last <see cref="Reset"/>.</summary>
    public int Of(Guid caseId) => _loads.GetValueOrDefault(caseId);

    /// <summary>Starts counting again from nothing.</summary>
    public void Reset() => _loads.Clear();

    private sealed class Counting(ICaseStore inner, CaseLoadCounter counter) : ICaseStore
    {
        public Task<CaseState?> LoadAsync(Guid caseId, CancellationToken cancellationToken = default)
        {
            counter._loads.AddOrUpdate(caseId, 1, (_, n) => n + 1);
            return inner.LoadAsync(caseId, cancellationToken);
        }

        public Task<SaveOutcome> SaveAsync(IReadOnlyList<CaseChangeSet> changes, CancellationToken cancellationToken = default) => inner.SaveAsync(changes, cancellationToken);

        public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid caseId, CancellationToken cancellationToken = default) => inner.ReadJournalAsync(caseId, cancellationToken);

        public Task<IReadOnlyList<CaseState>> ListByChildAsync(Guid childId, CancellationToken cancellationToken = default) => inner.ListByChildAsync(childId, cancellationToken);
    }
}
