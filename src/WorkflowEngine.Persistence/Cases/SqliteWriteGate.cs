namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// Queues this process's write transactions before they reach SQLite, which takes one writer at a
/// time. Without it a second writer meets a locked database and sleeps in SQLite's busy handler
/// instead of starting the moment the first commits (docs/performance.md has the profile of two
/// timer dispatchers in one process that found it).
/// Writers in other processes still meet the busy handler, as before.
/// </summary>
internal sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>Waits for this process's turn to write; dispose the result to pass the turn on.</summary>
    public async ValueTask<Turn> EnterAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Turn(_turn);
    }

    public void Dispose() => _turn.Dispose();

    /// <summary>One writer's turn.</summary>
    internal readonly struct Turn(SemaphoreSlim turn) : IDisposable
    {
        public void Dispose() => turn.Release();
    }
}
