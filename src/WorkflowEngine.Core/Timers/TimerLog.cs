using Microsoft.Extensions.Logging;

namespace WorkflowEngine.Core.Timers;

/// <summary>The dispatcher's log messages, generated so a disabled level costs nothing.</summary>
internal static partial class TimerLog
{
    [LoggerMessage(3, LogLevel.Information, "Timers fired: {Fired}; failed: {Failed}; incidents raised: {Incidents}; already handled: {Skipped}.")]
    public static partial void Dispatched(ILogger logger, int fired, int failed, int incidents, int skipped);

    [LoggerMessage(5, LogLevel.Error, "Timer {Key} of case {CaseId} failed {Attempts} times and is now an incident.")]
    public static partial void Incident(ILogger logger, Exception exception, string key, Guid caseId, int attempts);

    [LoggerMessage(6, LogLevel.Warning, "Timer {Key} of case {CaseId} failed (attempt {Attempts}); trying again at {RetryAt}.")]
    public static partial void Retrying(ILogger logger, Exception exception, string key, Guid caseId, int attempts, DateTimeOffset retryAt);

    [LoggerMessage(7, LogLevel.Debug, "{Count} timers of case {CaseId} could not fire together; firing them one by one.")]
    public static partial void FiringApart(ILogger logger, Exception exception, Guid caseId, int count);
}
