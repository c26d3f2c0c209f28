using Microsoft.Extensions.Logging;

namespace WorkflowEngine.Core.Leases;

/// <summary>The dispatch loop's log messages, generated so a disabled level costs nothing.</summary>
internal static partial class LeaseLog
{
    [LoggerMessage(101, LogLevel.Information, "The {Work} dispatcher {Owner} started.")]
    public static partial void Started(ILogger logger, string work, string owner);

    [LoggerMessage(102, LogLevel.Information, "The {Work} dispatcher {Owner} stopped.")]
    public static partial void Stopped(ILogger logger, string work, string owner);

    [LoggerMessage(103, LogLevel.Error, "The {Work} dispatcher {Owner} failed a pass (is its store reachable?); trying again in {Wait}.")]
    public static partial void PassFailed(ILogger logger, Exception exception, string work, string owner, TimeSpan wait);

    [LoggerMessage(104, LogLevel.Warning, "Released {Count} {Work} leases that an earlier run of instance {Instance} held when it stopped.")]
    public static partial void ReleasedEarlierLeases(ILogger logger, int count, string work, string instance);

    [LoggerMessage(105, LogLevel.Error, "The {Work} dispatcher {Owner} could not release the leases of earlier runs; they lapse in their own time.")]
    public static partial void ReleaseFailed(ILogger logger, Exception exception, string work, string owner);
}
