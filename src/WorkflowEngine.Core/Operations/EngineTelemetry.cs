using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace WorkflowEngine.Core.Operations;

/// <summary>
/// The engine's traces and counters, named <see cref="Name"/> so a host adds them to OpenTelemetry
/// with one name. Every case command runs in an activity of its own; the figures read from the
/// store are gauges registered by <see cref="OperationsMonitor"/>.
/// </summary>
public static class EngineTelemetry
{
    /// <summary>The name of the engine's activity source and meter.</summary>
    public const string Name = "WorkflowEngine";

    /// <summary>Spans around commands and timer fires.</summary>
    public static readonly ActivitySource Source = new(Name);

    /// <summary>The engine's instruments.</summary>
    public static readonly Meter Meter = new(Name);

    /// <summary>Commands that changed a case (a completed task, an opened case, a fired timer).</summary>
    public static readonly Counter<long> Commands = Meter.CreateCounter<long>("workflow.commands", "{command}", "Case commands saved");

    /// <summary>Escalations raised (by a timer or by a person).</summary>
    public static readonly Counter<long> EscalationsRaised = Meter.CreateCounter<long>("workflow.escalations.raised", "{escalation}", "Escalations raised");

    private static long _commandsSaved;

    /// <summary>Commands saved by this process since it started, for the node's heartbeat.</summary>
    public static long CommandsSaved => Interlocked.Read(ref _commandsSaved);

    /// <summary>Counts one saved command and the escalations it raised.</summary>
    /// <param name="command">The command's name (the <see cref="Runtime.CaseService"/> method).</param>
    /// <param name="escalations">How many escalations the command raised.</param>
    public static void Saved(string command, int escalations)
    {
        Interlocked.Increment(ref _commandsSaved);
        Commands.Add(1, new KeyValuePair<string, object?>("command", command));
        if (escalations > 0)
        {
            EscalationsRaised.Add(escalations);
        }
    }
}
