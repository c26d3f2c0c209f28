using WorkflowEngine.Persistence.Journal;

namespace WorkflowEngine.Web.Features.JournalCheck;

/// <summary>The journal check page: before the check is run, <see cref="Report"/> is null.</summary>
public sealed record JournalCheckView(JournalAuditReport? Report);
