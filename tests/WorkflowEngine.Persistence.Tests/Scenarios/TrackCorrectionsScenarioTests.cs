using System.Text.Json.Nodes;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;

namespace WorkflowEngine.Persistence.Tests.Scenarios;

/// <summary>
/// The corrections to the shipped tracks, driven on a real SQLite file with real dates: the NRM
/// first responder's reason, who records the reasonable-grounds decision, the intelligence outcome
/// told to the agency that gave it, and the return-home interview counted from the return.
/// </summary>
public sealed class TrackCorrectionsScenarioTests
{
    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private static async Task<CaseState> StartTrackAsync(EngineHost host, CaseState parent, string workflow, DateTimeOffset? occurredAt = null)
    {
        var started = await host.Cases.StartTrack.HandleAsync(new StartTrackCommand(parent.Id, workflow, "Started for the scenario.", "social.worker", occurredAt));
        Assert.True(started.Succeeded, string.Join(" ", started.Errors));
        return started.Value!;
    }

    [Fact]
    public async Task A_first_responder_who_decides_no_NRM_referral_is_needed_must_say_why_and_the_journal_keeps_it()
    {
        await using var host = await EngineHost.StartAsync(Utc(3, 2, 9));
        var parent = await host.OpenReferralAsync();
        var nrm = await StartTrackAsync(host, parent, "nrm");
        var task = EngineHost.Active(nrm, "make-nrm-referral");

        var refused = await host.Cases.CompleteTaskAsync(new CompleteTaskCommand(nrm.Id, task.Id, "not-needed", [], "worker@childrens-social-care"));

        Assert.Equal(CommandStatus.Invalid, refused.Status);
        var error = Assert.Single(refused.Errors);
        Assert.Equal(("$.data.nrmNotNeededReason", "Answer 'Why is no NRM referral needed?': it is needed when the outcome is 'Not needed'."), (error.Path, error.Message));
        var noReference = await host.Cases.CompleteTaskAsync(new CompleteTaskCommand(nrm.Id, task.Id, "referred", [], "worker@childrens-social-care"));
        Assert.Equal("$.data.nrmReferenceNumber", Assert.Single(noReference.Errors).Path);

        var closed = await host.CompleteAsync(nrm, "make-nrm-referral", "not-needed", new JsonObject { ["nrmNotNeededReason"] = "A referral was made by the police last week (NRM-2026-0031)." });

        Assert.Equal("closed", closed.StageKey);
        var completed = (await host.Cases.ReadJournalAsync(nrm.Id)).Single(e => e.Kind == "task.completed").Data;
        Assert.Equal("A referral was made by the police last week (NRM-2026-0031).", completed["data"]!["nrmNotNeededReason"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("police", "police")]
    [InlineData("education", "childrens-social-care")]
    public async Task The_reasonable_grounds_decision_goes_to_the_first_responders_agency(string referrer, string firstResponder)
    {
        await using var host = await EngineHost.StartAsync(Utc(3, 2, 9));
        var parent = await host.OpenReferralAsync(referrerAgency: referrer);
        var nrm = await StartTrackAsync(host, parent, "nrm");
        Assert.Equal(firstResponder, EngineHost.Active(nrm, "make-nrm-referral").Agency);

        nrm = await host.CompleteAsync(nrm, "make-nrm-referral", "referred", new JsonObject { ["nrmReferenceNumber"] = "NRM-2026-0042" });

        var decision = EngineHost.Active(nrm, "record-reasonable-grounds-decision");
        Assert.Equal((firstResponder, "nrm-first-responder"), (decision.Agency, decision.Role));
    }

    [Fact]
    public async Task The_agency_that_submitted_intelligence_is_told_the_grading_outcome_and_the_sharing_is_journalled()
    {
        await using var host = await EngineHost.StartAsync(Utc(3, 2, 9));
        var parent = await host.OpenReferralAsync();
        var intelligence = await StartTrackAsync(host, parent, "intelligence");
        host.MoveTo(Utc(3, 3, 11));

        await host.CompleteAsync(intelligence, "record-intelligence-outcome", "actioned", new JsonObject
        {
            ["submittingAgency"] = "education", ["submittedBy"] = "Priya Shah", ["intelligenceSummary"] = "Car seen collecting pupils at the gate.",
        });

        var told = (await host.OutboxAsync()).Single(m => m.Kind == "task.outcome-shared");
        Assert.Equal(("education", (string?)null, intelligence.Id), (told.Recipient.Agency, told.Recipient.Role, told.CaseId!.Value));
        Assert.Contains("with the outcome: Graded and acted on.", told.Body, StringComparison.Ordinal);
        var shared = (await host.Cases.ReadJournalAsync(intelligence.Id)).Single(e => e.Kind == "outcome.shared").Data;
        Assert.Equal(("education", "actioned"), (shared["agency"]!.GetValue<string>(), shared["outcome"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_return_home_interview_is_due_72_hours_after_the_child_returned_not_after_the_track_was_opened()
    {
        await using var host = await EngineHost.StartAsync(Utc(3, 9, 9)); // Monday 9 March
        var parent = await host.OpenReferralAsync();
        var returned = Utc(3, 7, 22, 30); // Saturday night

        var missing = await StartTrackAsync(host, parent, "missing-episode", occurredAt: returned);

        Assert.Equal(returned.AddHours(72), EngineHost.Active(missing, "hold-return-home-interview").DueAt);
        Assert.Equal(returned, (await host.Cases.GetAsync(missing.Id))!.ReceivedAt);
        var refused = await host.Cases.StartTrack.HandleAsync(new StartTrackCommand(parent.Id, "missing-episode", "Back tomorrow.", "social.worker", Utc(3, 10, 9)));
        Assert.Equal(("case.received-in-future", "$.occurredAt"), (Assert.Single(refused.Errors).Code, refused.Errors[0].Path));
    }
}
