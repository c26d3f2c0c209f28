using WorkflowEngine.Core.Migration;

namespace WorkflowEngine.Web.Api.CaseMigration;

/// <summary>What a migration did.</summary>
/// <param name="Moved">Cases moved.</param>
/// <param name="Batches">Batches it took.</param>
/// <param name="NotMoved">Cases left on their version, each with why.</param>
public sealed record CaseMigrationOutcomeResponse(int Moved, int Batches, IReadOnlyList<CaseMigrationPlanResponse> NotMoved)
{
    internal static CaseMigrationOutcomeResponse From(CaseMigrationOutcome outcome) =>
        new(outcome.Moved, outcome.Batches, [.. outcome.NotMoved.Select(CaseMigrationPlanResponse.From)]);
}
