namespace WorkflowEngine.Core.Versions;

/// <summary>
/// The workflow the "Raise a concern" page opens cases on (<c>Engine:FrontDoorWorkflow</c>): its
/// last published version cannot be retired, since nobody could then raise a concern.
/// </summary>
/// <param name="Workflow">The workflow's key.</param>
public sealed record FrontDoor(string Workflow);
