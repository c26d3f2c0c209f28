namespace WorkflowEngine.Core.Runtime;

/// <summary>Starts a linked track (e.g. a missing episode) for the child of a case.</summary>
/// <param name="CaseId">The case the track is linked to.</param>
/// <param name="WorkflowKey">The track's workflow, one of the case workflow's linked workflows.</param>
/// <param name="Reason">Why it is started.</param>
/// <param name="Actor">Who starts it.</param>
/// <param name="OccurredAt">
/// When the event the track follows up happened (for a missing episode, when the child returned):
/// its deadlines count from it. Not in the future, not more than 30 days back; now when null.
/// </param>
/// <param name="Access">Who may act on the case; everyone when null.</param>
public sealed record StartTrackCommand(Guid CaseId, string WorkflowKey, string Reason, string Actor, DateTimeOffset? OccurredAt = null, CaseAccessCheck? Access = null);
