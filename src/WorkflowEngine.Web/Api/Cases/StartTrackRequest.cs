namespace WorkflowEngine.Web.Api.Cases;

/// <summary>Starts a linked track (another workflow) for the same child.</summary>
/// <param name="Workflow">One of the case's workflow's linked workflows, e.g. <c>missing-episode</c>.</param>
/// <param name="Reason">Why, recorded on both cases.</param>
/// <param name="OccurredAt">
/// When the event the track follows up happened (for a missing episode, when the child returned), ISO
/// 8601 with offset: the track's deadlines count from it. Now when not given; not in the future, not
/// more than 30 days back.
/// </param>
public sealed record StartTrackRequest([TextLimit(TextLimits.Key)] string? Workflow, [TextLimit(TextLimits.Reason)] string? Reason, DateTimeOffset? OccurredAt = null);
