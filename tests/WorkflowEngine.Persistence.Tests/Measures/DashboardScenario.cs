using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Persistence.Tests.Scenarios;

namespace WorkflowEngine.Persistence.Tests.Measures;

/// <summary>Steps for seeding known cases through <see cref="CaseService"/> for the measure tests.</summary>
internal static class DashboardScenario
{
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    public static DashboardQuery Month(int year, int month, DateTimeOffset now, string? agency = null, string? risk = null)
    {
        var (period, errors) = ReportingPeriod.Create("month", new DateOnly(year, month, 1), null, null, London);
        Assert.Empty(errors);
        return new DashboardQuery(period!, now, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, London).DateTime), agency, RiskLevel: risk);
    }

    public static async Task<CaseState> OpenAsync(EngineHost host, string reference, string name = "Jay Smith")
    {
        var result = await host.Cases.OpenCaseAsync(new OpenCaseCommand(
            "cce-referral",
            new ChildDetails(name, new DateOnly(2010, 9, 1), reference),
            new ContactDetails("Ms A. Teacher", "education", "Seen with older men; new phones.", false),
            new JsonObject { ["missingEpisodes"] = 1 },
            "a.teacher"));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value!;
    }

    public static Task<CaseState> DecideAsync(EngineHost host, CaseState state, string outcome = "exploitation-screening") =>
        host.CompleteAsync(state, "decide-referral", outcome, new JsonObject { ["decisionRationale"] = "Recorded at the front door." });

    public static Task<CaseState> ScreenAsync(EngineHost host, CaseState state, string educationStatus) =>
        host.CompleteAsync(state, "screen-for-exploitation", "screened", new JsonObject
        {
            ["missingEpisodes"] = 3, ["carryingWeapons"] = true, ["educationStatus"] = educationStatus,
        });

    public static Task<CaseState> DiscussAsync(EngineHost host, CaseState state) =>
        host.CompleteAsync(state, "mace-discussion", "disruption-plan", new JsonObject
        {
            ["riskLevel"] = "significant", ["disruptionAgencies"] = new JsonArray("police", "education"),
        });

    public static Task<CaseState> DisruptAsync(EngineHost host, CaseState state, string agency, params string[] measures) =>
        host.CompleteAsync(state, "disruption-action", "done", new JsonObject
        {
            ["disruptionMeasures"] = new JsonArray([.. measures.Select(m => (JsonNode)m)]), ["actionTaken"] = "Recorded.",
        }, agency);

    public static async Task<CaseState> TrackAsync(EngineHost host, CaseState parent, string workflow)
    {
        var started = await host.Cases.StartTrack.HandleAsync(new StartTrackCommand(parent.Id, workflow, "Started for the test.", "a.worker"));
        Assert.True(started.Succeeded, string.Join(" ", started.Errors));
        return started.Value!;
    }

    public static async Task<CaseState> NrmTrackOfAsync(EngineHost host, CaseState parent)
    {
        var entry = (await host.Cases.ReadJournalAsync(parent.Id)).Last(e => e.Kind == "track.started" && e.Data["workflow"]!.GetValue<string>() == "nrm");
        return (await host.Cases.GetAsync(Guid.Parse(entry.Data["caseId"]!.GetValue<string>())))!;
    }

    public static async Task<CaseState> ReloadAsync(EngineHost host, CaseState state) => (await host.Cases.GetAsync(state.Id))!;

    /// <summary>
    /// Two referrals to MACE from 2 March 2026: A's police action records two measures (one an
    /// intelligence submission) on 20 March, B's NRM track is completed and B's education action
    /// records one measure at the time given. With the NRM track the discussion starts for each,
    /// that is four cases.
    /// </summary>
    public static async Task<(CaseState A, CaseState B)> TwoMaceCasesAsync(EngineHost host, DateTimeOffset educationActionAt)
    {
        var a = await OpenAsync(host, "LA-A");
        host.MoveTo(Utc(2026, 3, 2, 10));
        var b = await OpenAsync(host, "LA-B", "Sam Jones");
        host.MoveTo(Utc(2026, 3, 2, 11));
        a = await DecideAsync(host, a);
        b = await DecideAsync(host, b);
        host.MoveTo(Utc(2026, 3, 3, 10));
        a = await ScreenAsync(host, a, "persistent-absence");
        b = await ScreenAsync(host, b, "unknown");
        host.MoveTo(Utc(2026, 3, 12, 10));
        a = await host.CompleteAsync(a, "add-to-mace-agenda", "added", []);
        b = await host.CompleteAsync(b, "add-to-mace-agenda", "added", []);
        host.MoveTo(Utc(2026, 3, 17, 10)); // the panel sits
        await host.Dispatcher.DispatchDueAsync();
        host.MoveTo(Utc(2026, 3, 17, 12));
        a = await DiscussAsync(host, await ReloadAsync(host, a));
        b = await DiscussAsync(host, await ReloadAsync(host, b));
        host.MoveTo(Utc(2026, 3, 20, 10));
        a = await DisruptAsync(host, a, "police", "child-abduction-warning-notice", "intelligence-submission");
        await host.CompleteAsync(await NrmTrackOfAsync(host, b), "make-nrm-referral", "not-needed", new JsonObject { ["nrmNotNeededReason"] = "Referred by another first responder." });
        host.MoveTo(educationActionAt);
        b = await DisruptAsync(host, b, "education", "education-placement-change");
        return (a, b);
    }
}
