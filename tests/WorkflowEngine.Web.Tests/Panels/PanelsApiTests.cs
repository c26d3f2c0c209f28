using System.Net;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.Panels;

/// <summary>
/// The panel sittings API: who may build and record a sitting, the summaries panel members see (and
/// the disclosure log that records it), and the refusals: an unknown agency, a due date in the past,
/// someone not allowed (locked minutes: <see cref="PanelMinutesApiTests"/>). The clock starts on Monday 2 March 2026; sittings are every
/// other Tuesday (17 and 31 March), their agendas closing two working days before.
/// </summary>
public sealed class PanelsApiTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private const string Later = "/api/panels/sittings/2026-03-31";

    [Fact]
    public async Task The_list_shows_the_next_sittings_from_the_panel_calendar()
    {
        var police = await app.As("practitioner.police");

        var list = (await (await police.GetAsync("/api/panels/sittings")).JsonAsync()).AsArray();

        Assert.Contains(list, s => s!["date"]!.GetValue<string>() == "2026-03-31");
        Assert.All(list, s => Assert.Equal(DayOfWeek.Tuesday, DateOnly.Parse(s!["date"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).DayOfWeek));
    }

    [Fact]
    public async Task Someone_who_does_not_run_the_panel_may_not_build_the_agenda_or_confirm_the_minutes()
    {
        var caseId = await PanelCases.PutForwardAsync(app, "Noel Grant");
        var practitioner = await app.As("practitioner.police");
        var coordinator = await app.As("coordinator.childrens-social-care");

        var added = await (await practitioner.PostAsync($"{Later}/agenda", new { caseId })).ProblemAsync(HttpStatusCode.Forbidden);
        var confirmed = await (await coordinator.PostAsync($"{Later}/confirm")).ProblemAsync(HttpStatusCode.Forbidden);
        var read = await practitioner.GetAsync(Later);

        Assert.Contains("MACE coordinator", added["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("chair", confirmed["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
    }

    [Fact]
    public async Task An_action_for_an_unknown_agency_or_due_in_the_past_is_refused_naming_the_field()
    {
        var caseId = await PanelCases.PutForwardAsync(app, "Orla Hunt");
        var coordinator = await app.As("coordinator.childrens-social-care");
        await (await coordinator.PostAsync($"{Later}/agenda", new { caseId })).JsonAsync();

        var unknown = await coordinator.PostAsync($"{Later}/agenda/{caseId}/actions", new { agency = "the-council", text = "Visit the family.", dueOn = "2026-04-10" });
        var past = await coordinator.PostAsync($"{Later}/agenda/{caseId}/actions", new { agency = "police", text = "Visit the family.", dueOn = "2026-03-01" });
        var attendance = await coordinator.PostAsync($"{Later}/attendance", new { agency = "the-council", name = "Someone" });

        var unknownProblem = await unknown.InvalidAsync("$.agency");
        var pastProblem = await past.InvalidAsync("$.dueOn");
        await attendance.InvalidAsync("$.agency");
        Assert.Contains("'the-council' is not an agency that can own a disruption action", unknownProblem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("in the past", pastProblem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var lead = await app.As("chair.partnership");
        var sitting = await (await lead.GetAsync(Later)).JsonAsync();
        Assert.Empty(sitting["agenda"]!.AsArray().Single(i => i!["caseId"]!.GetValue<Guid>() == caseId)!["actions"]!.AsArray());
    }

    [Fact]
    public async Task A_panel_member_attending_sees_the_summaries_and_the_read_is_logged_as_sharing_under_the_MACE_protocol()
    {
        var caseId = await PanelCases.PutForwardAsync(app, "Pia Lowe");
        var coordinator = await app.As("coordinator.childrens-social-care");
        await (await coordinator.PostAsync($"{Later}/agenda", new { caseId })).JsonAsync();
        await (await coordinator.PostAsync($"{Later}/attendance", new { agency = "health", name = "Designated nurse" })).JsonAsync();
        var health = await app.As("manager.health");
        var youthJustice = await app.As("manager.youth-justice");

        var sitting = await (await health.GetAsync(Later)).JsonAsync();
        var absent = await youthJustice.GetAsync(Later);

        var item = sitting["agenda"]!.AsArray().Single(i => i!["caseId"]!.GetValue<Guid>() == caseId)!;
        Assert.Equal("Seen getting into cars with older men after school.", item["summary"]!["concern"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, absent.StatusCode);
        var lead = await app.As("chair.partnership");
        var journal = (await (await lead.GetAsync($"/api/cases/{caseId}/journal")).JsonAsync()).AsArray();
        var view = Assert.Single(journal, e => e!["kind"]!.GetValue<string>() == "case.viewed" && e["actor"]!.GetValue<string>() == "manager.health");
        Assert.Equal("Shared under the MACE information-sharing protocol: the agenda of the MACE panel sitting on 31 March 2026",
            view!["data"]!["purpose"]!.GetValue<string>());
        Assert.DoesNotContain(journal, e => e!["kind"]!.GetValue<string>() == "case.viewed" && e["actor"]!.GetValue<string>() == "manager.youth-justice");
    }
}
