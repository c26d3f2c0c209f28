using WorkflowEngine.Core.Cases;

namespace WorkflowEngine.Core.Panels;

/// <summary>Where panel sittings are kept. Implemented by the persistence layer.</summary>
public interface IPanelStore
{
    /// <summary>The sitting of a panel on a date, or null when nothing has been recorded for it.</summary>
    Task<PanelSitting?> GetAsync(string panelKey, DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>The sittings of a panel recorded between two dates (inclusive), earliest first.</summary>
    Task<IReadOnlyList<PanelSitting>> ListAsync(string panelKey, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>Every sitting whose agenda holds the case, earliest first.</summary>
    Task<IReadOnlyList<PanelSitting>> ForCaseAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the whole sitting if nobody saved it since it was read (its <see cref="PanelSitting.Version"/>);
    /// on success the version moves on by one.
    /// </summary>
    Task<SaveOutcome> SaveAsync(PanelSitting sitting, CancellationToken cancellationToken = default);
}
