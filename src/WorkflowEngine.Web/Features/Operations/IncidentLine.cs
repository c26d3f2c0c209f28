namespace WorkflowEngine.Web.Features.Operations;

/// <summary>One thing that failed, as an admin reads it.</summary>
/// <param name="Id">The timer or message, for its Retry button.</param>
/// <param name="CaseReference">The case it is about, if any.</param>
/// <param name="CasePath">The case page, if any.</param>
/// <param name="What">What it was for, in words.</param>
/// <param name="When">When it fell due or happened, in words.</param>
/// <param name="Attempts">How many times it was tried.</param>
/// <param name="Failure">Why the last attempt failed, in words.</param>
public sealed record IncidentLine(Guid Id, string? CaseReference, string? CasePath, string What, string When, int Attempts, string Failure);
