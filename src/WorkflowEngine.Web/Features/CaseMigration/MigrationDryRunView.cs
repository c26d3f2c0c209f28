using WorkflowEngine.Core.Migration;

namespace WorkflowEngine.Web.Features.CaseMigration;

/// <summary>The dry run's page: what would change case by case, and the form that confirms the move with a reason.</summary>
/// <param name="Choice">The versions, mapping and stages chosen.</param>
/// <param name="Preview">The dry run.</param>
public sealed record MigrationDryRunView(MigrationChoice Choice, CaseMigrationPreview Preview)
{
    /// <summary>How many cases the table shows; the rest are counted.</summary>
    public const int Shown = 200;
}
