using System.Text.Json.Nodes;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// The person who raised a concern hears back: the front door's decision and the closure outcome,
/// in the app and by e-mail, with only the outcome (never other agencies' details). Each telling is
/// journalled as sharing, with whom and why.
/// </summary>
internal static class ReferrerFeedback
{
    private const string Purpose = "The person who raised the concern is told the outcome of their referral (the outcome only).";

    public static void Decision(Case @case, CaseTask task, string outcomeLabel)
    {
        if (Referrer(@case) is not { } referrer)
        {
            return;
        }

        var (subject, body) = @case.Notices.ReferralDecided(@case.State, outcomeLabel, @case.Now);
        @case.Notify("referral.decided", referrer, subject, body, task.Id);
        var shared = Shared(referrer, task.Outcome);
        shared["taskId"] = task.Id.ToString();
        shared["task"] = task.TaskKey;
        @case.Record("outcome.shared", shared);
    }

    public static void Closure(Case @case, string outcomeInWords)
    {
        if (Referrer(@case) is not { } referrer)
        {
            return;
        }

        var (subject, body) = @case.Notices.ReferralClosed(@case.State, outcomeInWords, @case.Now);
        @case.Notify("referral.closed", referrer, subject, body, null);
        @case.Record("outcome.shared", Shared(referrer, outcomeInWords));
    }

    // Only a case a concern opened has a referrer; a linked track carries its parent's contact but was not referred.
    private static NotificationRecipient? Referrer(Case @case)
    {
        var contact = @case.State.Contact;
        if (@case.State.ParentCaseId is not null || string.IsNullOrEmpty(contact.ReferrerAgency))
        {
            return null;
        }

        return new NotificationRecipient(contact.ReferrerAgency, null, contact.RecordedBy);
    }

    private static JsonObject Shared(NotificationRecipient referrer, string? outcome) => new()
    {
        ["with"] = "referrer", ["agency"] = referrer.Agency, ["person"] = referrer.Person, ["outcome"] = outcome, ["purpose"] = Purpose,
    };
}
