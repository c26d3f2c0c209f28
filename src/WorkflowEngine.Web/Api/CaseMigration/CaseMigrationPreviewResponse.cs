using WorkflowEngine.Core.Migration;

namespace WorkflowEngine.Web.Api.CaseMigration;

/// <summary>A dry run: what would change, case by case; nothing was written.</summary>
/// <param name="Movable">Cases that would move.</param>
/// <param name="Blocked">Cases that cannot move.</param>
/// <param name="Cases">One plan per chosen case.</param>
public sealed record CaseMigrationPreviewResponse(int Movable, int Blocked, IReadOnlyList<CaseMigrationPlanResponse> Cases)
{
    internal static CaseMigrationPreviewResponse From(CaseMigrationPreview preview) =>
        new(preview.Movable, preview.Blocked, [.. preview.Plans.Select(CaseMigrationPlanResponse.From)]);
}
