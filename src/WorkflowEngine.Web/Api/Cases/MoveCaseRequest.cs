namespace WorkflowEngine.Web.Api.Cases;

/// <summary>Moves a case by hand along one of its stage's manual transitions.</summary>
/// <param name="Transition">The manual transition's key, e.g. <c>early-review</c>.</param>
/// <param name="Reason">Why, recorded on the case.</param>
public sealed record MoveCaseRequest([TextLimit(TextLimits.Key)] string? Transition, [TextLimit(TextLimits.Reason)] string? Reason);
