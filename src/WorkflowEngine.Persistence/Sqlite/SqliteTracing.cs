using System.Diagnostics;
using WorkflowEngine.Core.Operations;

namespace WorkflowEngine.Persistence.Sqlite;

/// <summary>
/// Spans around the SQLite hot path's database work, which runs on the one writer connection
/// outside EF Core (so no EF or ADO.NET instrumentation sees it): each group commit and each timer
/// claim, on the engine's activity source, tagged as OpenTelemetry's database conventions say. On
/// PostgreSQL the Npgsql instrumentation traces every statement instead.
/// </summary>
internal static class SqliteTracing
{
    /// <summary>A span for one commit of <paramref name="saves"/> queued saves; null when nobody listens.</summary>
    public static Activity? Commit(int saves)
    {
        var activity = Start("COMMIT case saves");
        activity?.SetTag("workflow.saves", saves);
        return activity;
    }

    /// <summary>A span for one claim of up to <paramref name="max"/> due timers.</summary>
    public static Activity? ClaimTimers(int max)
    {
        var activity = Start("UPDATE Timers (claim)");
        activity?.SetTag("db.collection.name", "Timers");
        activity?.SetTag("workflow.timers.max", max);
        return activity;
    }

    /// <summary>Marks the span failed with the cause.</summary>
    public static void Failed(Activity? activity, Exception ex) =>
        activity?.SetStatus(ActivityStatusCode.Error, ex.Message);

    private static Activity? Start(string name)
    {
        var activity = EngineTelemetry.Source.StartActivity(name, ActivityKind.Client);
        activity?.SetTag("db.system.name", "sqlite");
        return activity;
    }
}
