namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// Queues this process's write transactions before they reach SQLite, which takes one writer at a
/// time. Without it a second writer meets a locked database and sleeps in SQLite's busy handler
/// instead of starting the moment the first commits (docs/performance.md has the profile of two
/// timer dispatchers in one process that found it). Every write of the engine's stores enters it
/// (<see cref="UngatedWriteGuard"/> finds one that does not). Writers in other processes still meet
/// the busy handler, as before.
/// </summary>
/// <remarks>
/// A turn is not re-entrant: a writer holding it must not enter again (it would wait on itself).
/// <see cref="IsHeldHere"/> tells code that may run inside a turn (an EF interceptor) that it does.
/// </remarks>
public sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim? _turn;
    private readonly AsyncLocal<Holder?> _holder = new();

    /// <summary>A gate that queues writers (SQLite), or, when <paramref name="queues"/> is false, lets every writer through (PostgreSQL).</summary>
    public SqliteWriteGate(bool queues = true) => _turn = queues ? new SemaphoreSlim(1, 1) : null;

    /// <summary>True when this flow of work (or the flow that started it) holds the turn, or the gate queues nobody.</summary>
    public bool IsHeldHere => _turn is null || _holder.Value is { Held: true };

    /// <summary>Waits for this process's turn to write; dispose the result to pass the turn on.</summary>
    // Not async: the holder is set in the caller's flow, so its later writes (and the guard) see it.
    public ValueTask<Turn> EnterAsync(CancellationToken cancellationToken)
    {
        if (_turn is null)
        {
            return ValueTask.FromResult(default(Turn));
        }

        var holder = new Holder();
        _holder.Value = holder;
        return WaitAsync(_turn, holder, cancellationToken);
    }

    /// <summary>Waits for the turn on a path that cannot await (EF's synchronous saves).</summary>
    public Turn Enter()
    {
        if (_turn is null)
        {
            return default;
        }

        var holder = new Holder();
        _holder.Value = holder;
        _turn.Wait();
        holder.Held = true;
        return new Turn(_turn, holder);
    }

    /// <inheritdoc/>
    public void Dispose() => _turn?.Dispose();

    private static async ValueTask<Turn> WaitAsync(SemaphoreSlim turn, Holder holder, CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        holder.Held = true;
        return new Turn(turn, holder);
    }

    /// <summary>One writer's turn; the default turn (no queue, or nothing taken) releases nothing.</summary>
    public readonly struct Turn : IDisposable
    {
        private readonly SemaphoreSlim? _turn;
        private readonly Holder? _holder;

        internal Turn(SemaphoreSlim turn, Holder holder)
        {
            _turn = turn;
            _holder = holder;
        }

        /// <summary>Passes the turn on.</summary>
        public void Dispose()
        {
            if (_holder is { Held: true })
            {
                _holder.Held = false;
                _turn!.Release();
            }
        }
    }

    /// <summary>Whether the flow that entered holds the turn; shared by reference, so a turn passed on is seen as passed.</summary>
    internal sealed class Holder
    {
        public bool Held { get; set; }
    }
}
