using WorkflowEngine.Core.Cases;

namespace WorkflowEngine.Persistence.Cases;

/// <summary>A case save waiting for a commit: taken by whichever writer commits next, or withdrawn by its caller first.</summary>
internal sealed class PendingSave(IReadOnlyList<CaseChangeRows> changes)
{
    private const int Queued = 0;
    private const int Taken = 1;
    private const int Withdrawn = 2;

    // Continuations run on their own threads, not on the writer's while it holds the write turn.
    private readonly TaskCompletionSource<SaveOutcome> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state = Queued;

    public IReadOnlyList<CaseChangeRows> Changes { get; } = changes;

    public Task<SaveOutcome> Outcome => _outcome.Task;

    public bool IsFinished => _outcome.Task.IsCompleted;

    /// <summary>A writer takes the save into its transaction; false when the caller withdrew it.</summary>
    public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Queued) == Queued;

    /// <summary>The caller gives up (cancelled); false when a writer already took it, so its outcome must be awaited.</summary>
    public bool TryWithdraw() => Interlocked.CompareExchange(ref _state, Withdrawn, Queued) == Queued;

    public void Finish(SaveOutcome outcome) => _outcome.TrySetResult(outcome);

    public void Fail(Exception exception) => _outcome.TrySetException(exception);
}
