namespace WorkflowEngine.Core.Migration;

/// <summary>What a migration did.</summary>
/// <param name="Moved">Cases moved to the new version.</param>
/// <param name="NotMoved">Cases left where they were, each with why.</param>
/// <param name="Batches">How many batches it took.</param>
public sealed record CaseMigrationOutcome(int Moved, IReadOnlyList<CaseMigrationPlan> NotMoved, int Batches);
