using System.Text.Json.Nodes;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Runtime;
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
        var started = await host.Cases.StartLinkedTrackAsync(parent.Id, workflow, "Started for the test.", "a.worker");
        Assert.True(started.Succeeded, string.Join(" ", started.Errors));
        return started.Value!;
    }

    public static async Task<CaseState> NrmTrackOfAsync(EngineHost host, CaseState parent)
    {
        var entry = (await host.Cases.ReadJournalAsync(parent.Id)).Last(e => e.Kind == "track.started" && e.Data["workflow"]!.GetValue<string>() == "nrm");
        return (await host.Cases.GetAsync(Guid.Parse(entry.Data["caseId"]!.GetValue<string>())))!;
    }

    public static async Task<CaseState> ReloadAsync(EngineHost host, CaseState state) => (await host.Cases.GetAsync(state.Id))!;
}
