using System.Globalization;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Notifications;

/// <summary>
/// The wording of the engine's notifications. They name the task, the case reference and the due
/// time but never the child: e-mail leaves the partnership's systems, so it carries only what
/// someone needs to open the case where access is checked and recorded.
/// </summary>
/// <param name="localTime">Turns an instant into the case calendar's local time.</param>
internal sealed class Notices(Func<DateTimeOffset, DateTime> localTime)
{
    public static NotificationRecipient Owner(CaseTask task) =>
        task.AssignedTo is { } person ? new(task.Agency, task.Role, person) : new(task.Agency, task.Role);

    public static string Reference(ICaseView state) => CaseReference.Of(state.Id);

    public (string Subject, string Body) Reminder(ICaseView state, CaseTask task) => (
        $"Due soon: {task.Title} ({Reference(state)})",
        $"The task '{task.Title}' on {Reference(state)} falls due at {When(task.DueAt)}.");

    public (string Subject, string Body) Overdue(ICaseView state, CaseTask task) => (
        $"Overdue: {task.Title} ({Reference(state)})",
        $"The task '{task.Title}' on {Reference(state)} fell due at {When(task.DueAt)} and is not done. It will escalate if it stays undone.");

    public (string Subject, string Body) Escalated(ICaseView state, CaseTask task, int level, string reason) => (
        $"Escalation level {level}: {task.Title} ({Reference(state)})",
        $"The task '{task.Title}' on {Reference(state)} has been escalated to level {level}. Reason: {reason} It was due at {When(task.DueAt)}.");

    public (string Subject, string Body) Reassigned(ICaseView state, CaseTask task, string reason) => (
        $"Assigned to you: {task.Title} ({Reference(state)})",
        $"The task '{task.Title}' on {Reference(state)} is now yours. Reason: {reason} It is due at {When(task.DueAt)}.");

    public (string Subject, string Body) HandoverDeclined(ICaseView state, CaseTask task, string byAgency, string reason) => (
        $"Hand-over declined: {task.Title} ({Reference(state)})",
        $"{byAgency} declined the task '{task.Title}' on {Reference(state)}, so it is back with you and has been escalated. Their reason: {reason} It is due at {When(task.DueAt)}.");

    public (string Subject, string Body) Extended(ICaseView state, CaseTask task, string reason) => (
        $"New due time: {task.Title} ({Reference(state)})",
        $"The task '{task.Title}' on {Reference(state)} is now due at {When(task.DueAt)}. Reason: {reason}");

    public (string Subject, string Body) OutcomeShared(ICaseView state, CaseTask task, string outcomeLabel) => (
        $"Outcome: {task.Title} ({Reference(state)})",
        $"The task '{task.Title}' on {Reference(state)} was completed at {When(task.ClosedAt ?? task.CreatedAt)} with the outcome: {outcomeLabel}. You are told because your agency is named on it.");

    public (string Subject, string Body) ReferralDecided(ICaseView state, string outcomeLabel, DateTimeOffset at) => (
        $"Decision on your referral ({Reference(state)})",
        $"The referral you raised ({Reference(state)}) was decided at {When(at)}: {outcomeLabel}. Quote the reference if you contact the front door.");

    public (string Subject, string Body) ReferralClosed(ICaseView state, string outcomeInWords, DateTimeOffset at) => (
        $"Your referral is closed ({Reference(state)})",
        $"The case your referral opened ({Reference(state)}) was closed at {When(at)}. Outcome: {outcomeInWords}. Quote the reference if you contact the front door.");

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    // "17:00 on Thursday 30 April 2026": how a practitioner reads a deadline, in the calendar's time.
    private string When(DateTimeOffset instant) => localTime(instant).ToString("HH:mm 'on' dddd d MMMM yyyy", British);
}
