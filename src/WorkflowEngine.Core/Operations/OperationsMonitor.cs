using System.Diagnostics.Metrics;

namespace WorkflowEngine.Core.Operations;

/// <summary>
/// This node's view of the figures an operator alerts on. <see cref="RefreshAsync"/> reads them
/// from the store and reports the node's heartbeat; the gauges (timer lag, pending timers, outbox
/// backlog, incidents) give the last reading, tagged with the node's name, so a scrape never waits
/// on the database.
/// </summary>
public sealed class OperationsMonitor : IDisposable
{
    private readonly IOperationalFiguresReader _reader;
    private readonly INodeHeartbeats _heartbeats;
    private readonly TimeProvider _time;
    private readonly Meter _meter;
    private readonly KeyValuePair<string, object?> _nodeTag;
    private readonly Lock _gate = new();
    private long _commandsAtLastBeat;
    private DateTimeOffset _lastBeat;

    /// <summary>Creates the monitor and its gauges.</summary>
    /// <param name="reader">Reads the store's figures.</param>
    /// <param name="heartbeats">Where the node reports itself.</param>
    /// <param name="node">This node's name and reporting interval.</param>
    /// <param name="time">The only source of the current time.</param>
    /// <param name="meters">Creates the meter the gauges belong to; a meter of its own when null.</param>
    public OperationsMonitor(IOperationalFiguresReader reader, INodeHeartbeats heartbeats, NodeOptions node, TimeProvider time, IMeterFactory? meters = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        _reader = reader;
        _heartbeats = heartbeats;
        _time = time;
        Node = node.Name;
        StartedAt = time.GetUtcNow();
        _lastBeat = StartedAt;
        _commandsAtLastBeat = EngineTelemetry.CommandsSaved;
        _nodeTag = new("node", Node);
        _meter = meters?.Create(EngineTelemetry.Name) ?? new Meter(EngineTelemetry.Name);
        _meter.CreateObservableGauge("workflow.timer.lag", () => new Measurement<double>(Latest.TimerLag.TotalSeconds, _nodeTag), "s",
            "Now minus the due time of the oldest pending timer that is due");
        _meter.CreateObservableGauge("workflow.timers.pending", () => new Measurement<int>(Latest.PendingTimers, _nodeTag), "{timer}", "Timers waiting to fire");
        _meter.CreateObservableGauge("workflow.outbox.backlog", () => new Measurement<int>(Latest.OutboxBacklog, _nodeTag), "{notification}", "Notifications waiting to be sent");
        _meter.CreateObservableGauge("workflow.incidents", () => new Measurement<int>(Latest.Incidents, _nodeTag), "{incident}", "Timers and notifications that failed every attempt");
    }

    /// <summary>This node's name.</summary>
    public string Node { get; }

    /// <summary>When this node started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>The figures as last read.</summary>
    public OperationalFigures Latest { get; private set; } = OperationalFigures.None;

    /// <summary>Reads the figures from the store and reports this node's heartbeat with them.</summary>
    public async Task<NodeHeartbeat> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var figures = await _reader.ReadAsync(now, cancellationToken);
        double perSecond;
        lock (_gate)
        {
            var commands = EngineTelemetry.CommandsSaved;
            var seconds = (now - _lastBeat).TotalSeconds;
            perSecond = seconds > 0 ? (commands - _commandsAtLastBeat) / seconds : 0;
            _commandsAtLastBeat = commands;
            _lastBeat = now;
            Latest = figures;
        }

        var heartbeat = new NodeHeartbeat(Node, StartedAt, now, Math.Round(perSecond, 2), figures);
        await _heartbeats.BeatAsync(heartbeat, cancellationToken);
        return heartbeat;
    }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
