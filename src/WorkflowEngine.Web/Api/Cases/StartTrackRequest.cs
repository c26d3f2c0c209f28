namespace WorkflowEngine.Web.Api.Cases;

/// <summary>Starts a linked track (another workflow) for the same child.</summary>
/// <param name="Workflow">One of the case's workflow's linked workflows, e.g. <c>missing-episode</c>.</param>
/// <param name="Reason">Why, recorded on both cases.</param>
public sealed record StartTrackRequest([TextLimit(TextLimits.Key)] string? Workflow, [TextLimit(TextLimits.Reason)] string? Reason);
