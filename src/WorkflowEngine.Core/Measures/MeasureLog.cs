using Microsoft.Extensions.Logging;

namespace WorkflowEngine.Core.Measures;

/// <summary>The measure rebuild's log messages.</summary>
internal static partial class MeasureLog
{
    [LoggerMessage(1, LogLevel.Information, "Measure records rebuilt for {Rebuilt} cases that had none; {Skipped} could not be rebuilt.")]
    public static partial void RebuiltMissing(ILogger logger, int rebuilt, int skipped);

    [LoggerMessage(2, LogLevel.Warning, "The measure records of case {CaseId} could not be rebuilt: {Outcome}.")]
    public static partial void NotRebuilt(ILogger logger, Guid caseId, MeasureRebuild outcome);
}
