using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Calendars;

/// <summary>The outcome of loading calendars and panel schedules from the reference folder.</summary>
/// <param name="Catalogue">The catalogue, or <see langword="null"/> when any file has a problem.</param>
/// <param name="Errors">Every problem found, in every file.</param>
public sealed record CalendarCatalogueLoadResult(CalendarCatalogue? Catalogue, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>Whether every file loaded without a problem.</summary>
    public bool Succeeded => Catalogue is not null && Errors.Count == 0;
}
