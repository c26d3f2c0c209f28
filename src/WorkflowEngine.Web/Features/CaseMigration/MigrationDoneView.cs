using WorkflowEngine.Core.Migration;

namespace WorkflowEngine.Web.Features.CaseMigration;

/// <summary>The page after a migration: how many moved and which did not, with why.</summary>
/// <param name="Choice">The versions, mapping and stages chosen.</param>
/// <param name="Outcome">What the migration did.</param>
public sealed record MigrationDoneView(MigrationChoice Choice, CaseMigrationOutcome Outcome);
