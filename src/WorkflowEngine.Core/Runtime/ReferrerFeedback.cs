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

    public static void Decision(CaseCommand command, CaseTask task, string outcomeLabel, Notices notices)
    {
        if (Referrer(command) is not { } referrer)
        {
            return;
        }

        var (subject, body) = notices.ReferralDecided(command.Case, outcomeLabel, command.Now);
        command.Notify("referral.decided", referrer, subject, body, task.Id);
        var shared = Shared(referrer, task.Outcome);
        shared["taskId"] = task.Id.ToString();
        shared["task"] = task.TaskKey;
        command.Record("outcome.shared", shared);
    }

    public static void Closure(CaseCommand command, string outcomeInWords, Notices notices)
    {
        if (Referrer(command) is not { } referrer)
        {
            return;
        }

        var (subject, body) = notices.ReferralClosed(command.Case, outcomeInWords, command.Now);
        command.Notify("referral.closed", referrer, subject, body, null);
        command.Record("outcome.shared", Shared(referrer, outcomeInWords));
    }

    // Only a case a concern opened has a referrer; a linked track carries its parent's contact but was not referred.
    private static NotificationRecipient? Referrer(CaseCommand command)
    {
        var contact = command.Case.Contact;
        if (command.Case.ParentCaseId is not null || string.IsNullOrEmpty(contact.ReferrerAgency))
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
