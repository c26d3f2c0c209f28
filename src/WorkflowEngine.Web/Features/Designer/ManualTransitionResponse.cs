namespace WorkflowEngine.Web.Features.Designer;

/// <summary>A manual transition the current stage offers.</summary>
/// <param name="Key">Its key.</param>
/// <param name="To">The stage it leads to.</param>
public sealed record ManualTransitionResponse(string Key, string To);
