namespace WorkflowEngine.Core.Migration;

/// <summary>A dry run: what a migration would do to each chosen case, and nothing written.</summary>
/// <param name="Plans">One plan per chosen case, in case order.</param>
public sealed record CaseMigrationPreview(IReadOnlyList<CaseMigrationPlan> Plans)
{
    /// <summary>How many cases would move.</summary>
    public int Movable => Plans.Count(p => p.CanMove);

    /// <summary>How many cannot move (each plan says why).</summary>
    public int Blocked => Plans.Count - Movable;
}
