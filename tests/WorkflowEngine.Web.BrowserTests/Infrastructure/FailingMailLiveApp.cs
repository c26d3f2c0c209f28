namespace WorkflowEngine.Web.BrowserTests.Infrastructure;

/// <summary>
/// The live app with e-mail that cannot be delivered (its pickup folder lies under a file, so it can
/// never be made) and the outbox giving up after one attempt, polled every second: every
/// notification soon becomes a failed notification for an admin to retry.
/// </summary>
public sealed class FailingMailLiveApp() : LiveApp(new Dictionary<string, string>
{
    ["Notifications:PickupDirectory"] = Path.Combine(Path.GetTempFileName(), "mail-pickup"),
    ["Notifications:MaxAttempts"] = "1",
    ["Notifications:PollInterval"] = "00:00:01",
});
