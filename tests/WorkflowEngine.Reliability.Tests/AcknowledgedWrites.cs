using System.Collections.Concurrent;

namespace WorkflowEngine.Reliability.Tests;

/// <summary>
/// Every write the server acknowledged (answered 2xx), across every crash: opened cases, and
/// completed tasks with the version the answer gave. Each must survive every later crash.
/// </summary>
internal sealed class AcknowledgedWrites
{
    private TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _target = int.MaxValue;

    public ConcurrentBag<Guid> OpenedCases { get; } = [];

    public ConcurrentBag<(Guid CaseId, Guid TaskId, long Version)> CompletedTasks { get; } = [];

    public int Count => OpenedCases.Count + CompletedTasks.Count;

    /// <summary>Completes when <paramref name="more"/> further writes have been acknowledged: the moment to pull the plug.</summary>
    public Task AfterAsync(int more)
    {
        _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _target, Count + more);
        return _reached.Task;
    }

    public void Opened(Guid caseId)
    {
        OpenedCases.Add(caseId);
        Check();
    }

    public void Completed(Guid caseId, Guid taskId, long version)
    {
        CompletedTasks.Add((caseId, taskId, version));
        Check();
    }

    private void Check()
    {
        if (Count >= Volatile.Read(ref _target))
        {
            _reached.TrySetResult();
        }
    }
}
