using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

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

    /// <summary>Asks <paramref name="server"/> for every acknowledged case and completion: each must be there.</summary>
    public async Task AssertPresentAsync(ServerProcess server)
    {
        if (Count == 0)
        {
            return;
        }

        using var chair = await server.SignInAsync("chair.partnership");
        foreach (var caseId in OpenedCases)
        {
            var response = await chair.GetAsync(new Uri($"/api/cases/{caseId}", UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"Acknowledged case {caseId} is lost: {(int)response.StatusCode}.");
        }

        foreach (var (caseId, taskId, version) in CompletedTasks)
        {
            var state = (await chair.GetFromJsonAsync<JsonObject>(new Uri($"/api/cases/{caseId}", UriKind.Relative)))!;
            var task = state["tasks"]!.AsArray().Single(t => t!["id"]!.GetValue<Guid>() == taskId)!;
            Assert.True(task["status"]!.GetValue<string>() == "completed" && task["version"]!.GetValue<long>() >= version,
                $"Acknowledged completion of task {taskId} (case {caseId}, version {version}) is lost: {task.ToJsonString()}");
        }
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
