namespace WorkflowEngine.Core.Escalation;

/// <summary>What a manager's escalation queue shows: live escalations, filtered.</summary>
/// <param name="TargetAgency">Only those going to this agency (a manager's own); null for all (leads, the chair).</param>
/// <param name="TargetRole">Only those going to this role, e.g. <c>team-manager</c>.</param>
/// <param name="Level">Only this level.</param>
/// <param name="RaisedBefore">Only those raised before this instant (older than an age).</param>
/// <param name="IncludeAcknowledged">Whether acknowledged ones show beside open ones.</param>
/// <param name="Skip">Rows to skip, for paging.</param>
/// <param name="Take">Rows to return (at most 500).</param>
/// <param name="InvolvingAgency">Only those about this agency's tasks or going to it, at every level (a manager keeps seeing
/// their agency's escalations after they climb past them); null for all.</param>
public sealed record EscalationQueueQuery(
    string? TargetAgency = null,
    string? TargetRole = null,
    int? Level = null,
    DateTimeOffset? RaisedBefore = null,
    bool IncludeAcknowledged = true,
    int Skip = 0,
    int Take = 50,
    string? InvolvingAgency = null);
