using System.Diagnostics.Metrics;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using WorkflowEngine.Core.Operations;

namespace WorkflowEngine.Core.Tests.Operations;

/// <summary>The monitor reads the store's figures, reports the node's heartbeat with them, and its gauges give the last reading tagged with the node.</summary>
public sealed class OperationsMonitorTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_refresh_reports_the_figures_as_this_nodes_heartbeat_and_the_gauges_give_them()
    {
        var time = new FakeTimeProvider(Start);
        var figures = new OperationalFigures(TimeSpan.FromSeconds(90), 12, 3, 1);
        var reader = Substitute.For<IOperationalFiguresReader>();
        reader.ReadAsync(Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(figures);
        var heartbeats = Substitute.For<INodeHeartbeats>();
        using var monitor = new OperationsMonitor(reader, heartbeats, new NodeOptions { Name = "node-under-test" }, time);
        var lag = new List<(double Value, object? Node)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == EngineTelemetry.Name && instrument.Name == "workflow.timer.lag")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
            lag.Add((value, tags.ToArray().FirstOrDefault(t => t.Key == "node").Value)));
        listener.Start();

        time.Advance(TimeSpan.FromSeconds(15));
        var beat = await monitor.RefreshAsync();
        listener.RecordObservableInstruments();

        Assert.Equal(new NodeHeartbeat("node-under-test", Start, Start.AddSeconds(15), beat.CommandsPerSecond, figures), beat);
        await heartbeats.Received(1).BeatAsync(beat, Arg.Any<CancellationToken>());
        await reader.Received(1).ReadAsync(Start.AddSeconds(15), Arg.Any<CancellationToken>());
        Assert.Contains((90d, (object?)"node-under-test"), lag);
    }

    [Fact]
    public void Before_any_reading_the_figures_are_none()
    {
        using var monitor = new OperationsMonitor(Substitute.For<IOperationalFiguresReader>(), Substitute.For<INodeHeartbeats>(),
            new NodeOptions { Name = "quiet" }, new FakeTimeProvider(Start));

        Assert.Equal(OperationalFigures.None, monitor.Latest);
        Assert.Equal("quiet", monitor.Node);
    }
}
