using System.Net;
using CsCheck;
using Xunit.Abstractions;

namespace WorkflowEngine.Fuzz.Tests;

/// <summary>
/// Task commands with generated bodies: an answer never a server error, a 400 naming the field,
/// and nothing stored unless the command succeeded (the task's version and the case's journal
/// unchanged). A success moves on to a fresh case's task, so later payloads still meet an open task.
/// </summary>
public sealed class TaskCommandFuzzTests(FuzzHost host, ITestOutputHelper output) : IClassFixture<FuzzHost>
{
    private static readonly HttpStatusCode[] Answers = [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Conflict];

    [Fact]
    public Task Completing_with_any_outcome_and_data_completes_or_stores_nothing() =>
        FuzzAsync("complete", TaskPayloads.Complete, 0.5, nameof(Completing_with_any_outcome_and_data_completes_or_stores_nothing));

    [Fact]
    public Task Reassigning_with_any_body_reassigns_or_stores_nothing() =>
        FuzzAsync("reassign", TaskPayloads.Reassign, 0.25, nameof(Reassigning_with_any_body_reassigns_or_stores_nothing));

    [Fact]
    public Task Extending_with_any_body_extends_or_stores_nothing() =>
        FuzzAsync("extend", TaskPayloads.Extend, 0.25, nameof(Extending_with_any_body_extends_or_stores_nothing));

    [Fact]
    public Task Escalating_with_any_body_escalates_or_stores_nothing() =>
        FuzzAsync("escalate", TaskPayloads.Escalate, 0.25, nameof(Escalating_with_any_body_escalates_or_stores_nothing));

    private async Task FuzzAsync(string command, Gen<string> bodies, double share, string property)
    {
        var tally = new StatusTally();
        var (caseId, taskId) = await host.FreshTaskAsync();
        await FuzzRun.ForEachAsync(bodies, FuzzRun.Share(share), async body =>
        {
            var before = host.Store.Snapshot(caseId, taskId);
            var response = await host.PostRawAsync($"/api/cases/{caseId}/tasks/{taskId}/{command}", body);
            var status = await ApiContract.CheckAsync(response, tally, Answers);
            if (status == HttpStatusCode.OK)
            {
                (caseId, taskId) = await host.FreshTaskAsync();
                return;
            }

            var after = host.Store.Snapshot(caseId, taskId);
            Assert.True(before == after, $"Something was stored although the command was refused: {(int)status}, task version and journal length from {before} to {after}.");
        }, property);
        output.WriteLine(tally.ToString());
    }
}
