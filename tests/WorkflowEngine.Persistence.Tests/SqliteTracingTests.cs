using System.Collections.Concurrent;
using System.Diagnostics;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Operations;

namespace WorkflowEngine.Persistence.Tests;

/// <summary>
/// The SQLite hot path's database work (the writer's group commits and timer claims, which no EF
/// or ADO.NET instrumentation sees) is traced on the engine's activity source, inside the span of
/// the command that asked for it.
/// </summary>
public sealed class SqliteTracingTests : IAsyncLifetime, IDisposable
{
    // Matched by name: a listener compares sources as they register, which may be before this field is set.
    private const string TestSourceName = "WorkflowEngine.Persistence.Tests.Tracing";

    private static readonly ActivitySource Test = new(TestSourceName);

    private readonly ConcurrentBag<Activity> _stopped = [];
    private readonly ActivityListener _listener;
    private TestDatabase _db = null!;

    public SqliteTracingTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is EngineTelemetry.Name or TestSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Add,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task A_save_is_committed_inside_a_sqlite_span_under_the_command_span()
    {
        var opened = SampleCases.NewCase();
        using (var command = Test.StartActivity("open case"))
        {
            Assert.Equal(SaveOutcome.Saved, await _db.Cases.SaveAsync([SampleCases.Opening(opened)]));
            var commit = Assert.Single(_stopped, a => a.ParentSpanId == command!.SpanId && a.DisplayName == "COMMIT case saves");
            Assert.Equal(((object?)"sqlite", ActivityKind.Client, (object?)1, ActivityStatusCode.Unset),
                (commit.GetTagItem("db.system.name"), commit.Kind, commit.GetTagItem("workflow.saves"), commit.Status));
        }
    }

    [Fact]
    public async Task A_timer_claim_is_traced_with_how_many_it_claimed()
    {
        using var dispatch = Test.StartActivity("dispatch");
        var claimed = await _db.Writer.ClaimDueTimersAsync(_db.Time.GetUtcNow(), "tests/run/owner", _db.Time.GetUtcNow().AddMinutes(5), 100, CancellationToken.None);

        var claim = Assert.Single(_stopped, a => a.ParentSpanId == dispatch!.SpanId && a.DisplayName == "UPDATE Timers (claim)");
        Assert.Equal(((object?)"sqlite", (object?)"Timers", (object?)100, (object?)claimed.Count), (claim.GetTagItem("db.system.name"), claim.GetTagItem("db.collection.name"), claim.GetTagItem("workflow.timers.max"), claim.GetTagItem("workflow.timers.claimed")));
    }
}
