using System.Net;

namespace WorkflowEngine.Web.Tests.Api;

/// <summary>The cases resource: open, read with need-to-know and the disclosure log, search, journal, tracks, move, close.</summary>
public abstract class CasesApiTests
{
    private readonly WebAppFactory _app;

    protected CasesApiTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task A_school_opens_a_concern_and_gets_201_with_the_case_address_at_the_front_door()
    {
        var dsl = await _app.As("dsl.education");

        var response = await dsl.PostAsync("/api/cases", new
        {
            child = new { name = "Ruby Shaw" },
            contact = new { referrer = "Priya Shah", concern = "Ruby has a new older boyfriend and expensive gifts." },
            facts = new { unexplainedMoneyOrGifts = true },
        });

        var created = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/cases/{created["id"]}", response.Headers.Location!.AbsolutePath);
        Assert.Equal("front-door", created["stage"]!.GetValue<string>());
        Assert.Equal("education", created["referrerAgency"]!.GetValue<string>());
        Assert.Equal("open", created["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Opening_a_concern_without_the_child_names_each_missing_field_by_its_json_path()
    {
        var dsl = await _app.As("dsl.education");

        var response = await dsl.PostAsync("/api/cases", new { child = new { name = "" }, contact = new { referrer = "Priya Shah" }, facts = new { notAFact = 1 } });

        await response.InvalidAsync("$.child.name", "$.contact.concern", "$.facts.notAFact");
    }

    [Fact]
    public async Task A_contact_received_earlier_is_due_from_receipt_and_one_from_the_future_or_over_30_days_back_is_refused_naming_contact_receivedAt()
    {
        var dsl = await _app.As("dsl.education");
        var now = _app.Time.GetUtcNow();
        object Contact(DateTimeOffset receivedAt) => new
        {
            child = new { name = "Ruby Shaw" },
            contact = new { referrer = "Priya Shah", concern = "Ruby has a new older boyfriend.", receivedAt },
        };

        await (await dsl.PostAsync("/api/cases", Contact(now.AddHours(1)))).InvalidAsync("$.contact.receivedAt");
        await (await dsl.PostAsync("/api/cases", Contact(now.AddDays(-31)))).InvalidAsync("$.contact.receivedAt");

        var receivedAt = now.AddDays(-10);
        var created = await (await dsl.PostAsync("/api/cases", Contact(receivedAt))).JsonAsync(HttpStatusCode.Created);
        var mash = await _app.As("mash.childrens-social-care");
        var shown = await (await mash.GetAsync($"/api/cases/{created["id"]}")).JsonAsync();
        Assert.Equal(receivedAt, shown["receivedAt"]!.GetValue<DateTimeOffset>());
        Assert.True(shown["tasks"]![0]!["dueAt"]!.GetValue<DateTimeOffset>() < now, "The decision was due a working day after receipt, days before it was typed in.");
    }

    [Fact]
    public async Task Without_a_token_the_api_answers_401_as_a_problem()
    {
        var anonymous = _app.CreateClient();

        await (await anonymous.GetAsync("/api/cases")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsync("/api/cases", new { })).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_mash_reads_a_case_its_agency_works_and_the_read_is_journalled_as_a_view()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Casey Lowe");
        var mash = await _app.As("mash.childrens-social-care");

        var shown = await (await mash.GetAsync($"/api/cases/{caseId}?purpose=screening")).JsonAsync();

        Assert.Equal("Casey Lowe", shown["childName"]!.GetValue<string>());
        Assert.Equal("decide-referral", shown["tasks"]![0]!["key"]!.GetValue<string>());
        var journal = (await (await mash.GetAsync($"/api/cases/{caseId}/journal")).JsonAsync()).AsArray();
        var view = journal.First(e => e!["kind"]!.GetValue<string>() == "case.viewed")!;
        Assert.Equal("mash.childrens-social-care", view["actor"]!.GetValue<string>());
        Assert.Equal("screening", view["data"]!["purpose"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_agency_gets_403_for_the_case_its_journal_and_its_tracks_and_a_missing_case_is_404()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Noor Patel");
        var police = await _app.As("practitioner.police");

        await (await police.GetAsync($"/api/cases/{caseId}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await police.GetAsync($"/api/cases/{caseId}/journal")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await police.GetAsync($"/api/cases/{caseId}/tracks")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await police.GetAsync($"/api/cases/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Search_shows_a_practitioner_only_cases_their_agency_works_and_a_lead_all_of_them()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Searchable Quinn");

        var police = (await (await (await _app.As("practitioner.police")).GetAsync("/api/cases?childName=Searchable")).JsonAsync()).AsArray();
        var mash = (await (await (await _app.As("mash.childrens-social-care")).GetAsync("/api/cases?childName=Searchable&status=open&workflow=cce-referral&stage=front-door")).JsonAsync()).AsArray();
        var lead = (await (await (await _app.As("lead.police")).GetAsync("/api/cases?childName=Searchable")).JsonAsync()).AsArray();

        Assert.Empty(police);
        Assert.Equal(caseId, Assert.Single(mash)!["id"]!.GetValue<Guid>());
        Assert.Single(lead);
    }

    [Fact]
    public async Task Search_refuses_paging_out_of_range_naming_the_parameter()
    {
        var lead = await _app.As("chair.partnership");

        await (await lead.GetAsync("/api/cases?take=501")).InvalidAsync("take");
    }

    [Fact]
    public async Task A_linked_track_starts_for_the_same_child_and_both_show_in_tracks()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Track Owens");
        var mash = await _app.As("mash.childrens-social-care");

        var track = await (await mash.PostAsync($"/api/cases/{caseId}/tracks", new { workflow = "missing-episode", reason = "Missing overnight." })).JsonAsync(HttpStatusCode.Created);
        var tracks = (await (await _app.As("chair.partnership")).GetAsync($"/api/cases/{caseId}/tracks")).JsonAsync();

        Assert.Equal("missing-episode", track["workflow"]!.GetValue<string>());
        var keys = (await tracks).AsArray().Select(t => t!["workflow"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(["cce-referral", "missing-episode"], keys);
    }

    [Fact]
    public async Task Starting_a_track_the_workflow_does_not_link_or_without_a_reason_is_400_naming_the_fields()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Track Refused");
        var mash = await _app.As("mash.childrens-social-care");

        await (await mash.PostAsync($"/api/cases/{caseId}/tracks", new { workflow = "cce-referral", reason = "Again." })).InvalidAsync("$.workflow");
        await (await mash.PostAsync($"/api/cases/{caseId}/tracks", new { workflow = "missing-episode" })).InvalidAsync("$.reason");
    }

    [Fact]
    public async Task A_manager_closes_a_case_by_hand_and_closing_it_again_is_409()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Closing Ames");
        var manager = await _app.As("manager.childrens-social-care");

        var closed = await (await manager.PostAsync($"/api/cases/{caseId}/close", new { reason = "Duplicate referral." })).JsonAsync();
        var again = await manager.PostAsync($"/api/cases/{caseId}/close", new { reason = "Duplicate referral." });

        Assert.Equal("closed", closed["status"]!.GetValue<string>());
        Assert.Equal("cancelled", closed["tasks"]![0]!["status"]!.GetValue<string>());
        await again.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_practitioner_may_not_close_or_move_a_case_and_a_manager_of_an_uninvolved_agency_may_not_either()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Closing Refused");
        var mash = await _app.As("mash.childrens-social-care");
        var policeManager = await _app.As("manager.police");

        await (await mash.PostAsync($"/api/cases/{caseId}/close", new { reason = "No." })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await mash.PostAsync($"/api/cases/{caseId}/move", new { transition = "x", reason = "No." })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await policeManager.PostAsync($"/api/cases/{caseId}/close", new { reason = "No." })).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Closing_without_a_reason_is_400_and_moving_along_a_transition_the_stage_lacks_is_409()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Moving Dale");
        var manager = await _app.As("manager.childrens-social-care");

        await (await manager.PostAsync($"/api/cases/{caseId}/close", new { reason = " " })).InvalidAsync("$.reason");
        await (await manager.PostAsync($"/api/cases/{caseId}/move", new { reason = "Plan done." })).InvalidAsync("$.transition");
        var refused = await (await manager.PostAsync($"/api/cases/{caseId}/move", new { transition = "early-review", reason = "Plan done." })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.False(string.IsNullOrWhiteSpace(refused["detail"]?.GetValue<string>()));
    }

    [Fact]
    public async Task A_manager_moves_a_case_by_hand_along_a_manual_transition_a_lead_published()
    {
        await ApiCalls.PublishExclusionWithAManualWithdrawalAsync(_app);
        var dsl = await _app.As("dsl.education");
        var opened = await (await dsl.PostAsync("/api/cases", new
        {
            workflow = "exclusion",
            child = new { name = "Moved Byrne" },
            contact = new { referrer = "Priya Shah", concern = "Suspended for five days." },
        })).JsonAsync(HttpStatusCode.Created);

        var moved = await (await (await _app.As("manager.education")).PostAsync($"/api/cases/{opened["id"]}/move", new { transition = "withdrawn", reason = "The governors withdrew the exclusion." })).JsonAsync();

        Assert.Equal("closed", moved["stage"]!.GetValue<string>());
        Assert.Equal("closed", moved["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Malformed_json_is_400_naming_the_field()
    {
        var dsl = await _app.As("dsl.education");
        using var body = new StringContent("{\"child\": {\"name\": \"A\", \"dateOfBirth\": \"not a date\"}}", System.Text.Encoding.UTF8, "application/json");

        var response = await dsl.PostAsync(ApiCalls.Path("/api/cases"), body);

        await response.InvalidAsync("$.child.dateOfBirth");
    }

    public sealed class OnSqlite(WebAppFactory app) : CasesApiTests(app), IClassFixture<WebAppFactory>;

    public sealed class OnPostgreSql(PostgreSqlWebAppFactory app) : CasesApiTests(app), IClassFixture<PostgreSqlWebAppFactory>;
}
