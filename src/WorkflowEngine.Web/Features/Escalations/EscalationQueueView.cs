using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Reference;

namespace WorkflowEngine.Web.Features.Escalations;

/// <summary>The escalation queue: the filters chosen and the live escalations found.</summary>
/// <param name="Level">The level filter.</param>
/// <param name="Agency">The agency filter (leads choose; managers see their own).</param>
/// <param name="OlderThanDays">Only escalations raised more than this many days ago.</param>
/// <param name="CanChooseAgency">Whether the viewer may look at any agency's queue.</param>
/// <param name="Agencies">Agencies to filter by.</param>
/// <param name="Items">The escalations.</param>
/// <param name="AgeOf">How long ago each was raised, in words.</param>
/// <param name="AgencyName">An agency's name by key.</param>
/// <param name="CanHandle">Whether the viewer may acknowledge and resolve an item (at their level on the ladder or below).</param>
/// <param name="When">An instant in words on London's clock, e.g. "3 March 2026 at 09:00".</param>
public sealed record EscalationQueueView(
    int? Level, string? Agency, int? OlderThanDays, bool CanChooseAgency, IReadOnlyList<Agency> Agencies,
    IReadOnlyList<EscalationQueueItem> Items, Func<TaskEscalation, string> AgeOf, Func<string, string> AgencyName,
    Func<EscalationQueueItem, bool> CanHandle, Func<DateTimeOffset, string> When);
