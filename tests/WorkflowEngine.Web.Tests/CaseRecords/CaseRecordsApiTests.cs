using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowEngine.Web.Tests.Api;

namespace WorkflowEngine.Web.Tests.CaseRecords;

/// <summary>Case notes and documents through the API: added by those who see the case, every refusal a problem naming the field, nothing left behind.</summary>
public abstract class CaseRecordsApiTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private readonly WebAppFactory _app;

    protected CaseRecordsApiTests(WebAppFactory app) => _app = app;

    private string Today => DateOnly.FromDateTime(_app.Time.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_mash_records_a_phone_call_and_reads_it_back_with_who_recorded_it_and_for_which_agency()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Noel Grant");
        var mash = await _app.As("mash.childrens-social-care");

        var added = await (await mash.PostAsync($"/api/cases/{caseId}/notes", new { kind = "phone-call", occurredOn = Today, text = "Mother called: Noel came home at 2am." }))
            .JsonAsync(HttpStatusCode.Created);
        var notes = (await (await mash.GetAsync($"/api/cases/{caseId}/notes")).JsonAsync()).AsArray();

        Assert.Equal("phone-call", added["kind"]!.GetValue<string>());
        var note = Assert.Single(notes)!;
        Assert.Equal("Mother called: Noel came home at 2am.", note["text"]!.GetValue<string>());
        Assert.Equal("mash.childrens-social-care", note["recordedBy"]!.GetValue<string>());
        Assert.Equal("childrens-social-care", note["agency"]!.GetValue<string>());
        Assert.Equal(Today, note["occurredOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_note_dated_tomorrow_too_long_of_no_known_kind_or_from_an_agency_without_a_part_is_refused_and_nothing_is_recorded()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Refused Notes");
        var mash = await _app.As("mash.childrens-social-care");
        var police = await _app.As("practitioner.police");
        var tomorrow = DateOnly.FromDateTime(_app.Time.GetUtcNow().UtcDateTime).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var future = await (await mash.PostAsync($"/api/cases/{caseId}/notes", new { kind = "visit", occurredOn = tomorrow, text = "Visit." })).InvalidAsync("$.occurredOn");
        await (await mash.PostAsync($"/api/cases/{caseId}/notes", new { kind = "visit", occurredOn = Today, text = new string('a', 5_001) })).InvalidAsync("$.text");
        await (await mash.PostAsync($"/api/cases/{caseId}/notes", new { kind = "gossip", occurredOn = Today, text = "Heard something." })).InvalidAsync("$.kind");
        await (await mash.PostAsync($"/api/cases/{caseId}/notes", new { kind = "note" })).InvalidAsync("$.occurredOn", "$.text");
        await (await police.PostAsync($"/api/cases/{caseId}/notes", new { kind = "note", occurredOn = Today, text = "Police note." })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await police.GetAsync($"/api/cases/{caseId}/notes")).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal("The date it happened must be today or in the past.", future["errors"]!["$.occurredOn"]![0]!.GetValue<string>());
        Assert.Empty((await (await mash.GetAsync($"/api/cases/{caseId}/notes")).JsonAsync()).AsArray());
    }

    [Fact]
    public async Task A_pdf_is_attached_listed_and_downloaded_unchanged_and_the_download_is_in_the_disclosure_log()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Dora Price");
        var mash = await _app.As("mash.childrens-social-care");

        var added = await (await UploadAsync(mash, caseId, "strategy minutes.pdf", Pdf)).JsonAsync(HttpStatusCode.Created);
        var listed = (await (await mash.GetAsync($"/api/cases/{caseId}/documents")).JsonAsync()).AsArray();
        var download = await mash.GetAsync($"/api/cases/{caseId}/documents/{added["id"]}");
        var journal = (await (await _app.As("chair.partnership")).GetAsync($"/api/cases/{caseId}/journal")).JsonAsync();

        Assert.Equal("application/pdf", added["contentType"]!.GetValue<string>());
        Assert.Equal("strategy minutes.pdf", Assert.Single(listed)!["fileName"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        var entries = (await journal).AsArray();
        Assert.Contains(entries, e => e!["kind"]!.GetValue<string>() == "document.added");
        Assert.Contains(entries, e => e!["kind"]!.GetValue<string>() == "case.viewed" && e["data"]!["purpose"]?.GetValue<string>() == "Downloaded the document strategy minutes.pdf");
    }

    [Fact]
    public async Task A_file_of_a_wrong_type_not_what_its_name_says_too_big_empty_or_infected_is_refused_naming_the_file_and_nothing_is_kept()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Refused Files");
        var mash = await _app.As("mash.childrens-social-care");

        var wrongType = await (await UploadAsync(mash, caseId, "tool.exe", [0x4D, 0x5A, 0x90, 0x00])).InvalidAsync("$.file");
        var mismatch = await (await UploadAsync(mash, caseId, "letter.pdf", Encoding.UTF8.GetBytes("Not a PDF at all."))).InvalidAsync("$.file");
        var tooBig = await (await UploadAsync(mash, caseId, "scan.pdf", [.. Pdf, .. new byte[10 * 1024 * 1024]])).InvalidAsync("$.file");
        await (await UploadAsync(mash, caseId, "empty.txt", [])).InvalidAsync("$.file");
        var infected = await (await UploadAsync(mash, caseId, "notes.txt", Encoding.ASCII.GetBytes(EicarTestScanner.Eicar))).InvalidAsync("$.file");

        Assert.Equal("document.wrong-type", Code(wrongType));
        Assert.Equal("document.content-mismatch", Code(mismatch));
        Assert.Equal("document.too-big", Code(tooBig));
        Assert.Equal("document.infected", Code(infected));
        Assert.Empty((await (await mash.GetAsync($"/api/cases/{caseId}/documents")).JsonAsync()).AsArray());
    }

    [Fact]
    public async Task An_agency_without_a_part_in_the_case_may_not_attach_list_or_download_its_documents()
    {
        var caseId = await ApiCalls.OpenConcernAsync(_app, "Private Files");
        var mash = await _app.As("mash.childrens-social-care");
        var police = await _app.As("practitioner.police");
        var added = await (await UploadAsync(mash, caseId, "plan.pdf", Pdf)).JsonAsync(HttpStatusCode.Created);

        await (await UploadAsync(police, caseId, "police.pdf", Pdf)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await police.GetAsync($"/api/cases/{caseId}/documents")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await police.GetAsync($"/api/cases/{caseId}/documents/{added["id"]}")).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Single((await (await mash.GetAsync($"/api/cases/{caseId}/documents")).JsonAsync()).AsArray());
    }

    private static string Code(JsonObject problem) => problem["problems"]![0]!["code"]!.GetValue<string>();

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid caseId, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return client.PostAsync(ApiCalls.Path($"/api/cases/{caseId}/documents"), form);
    }

    public sealed class OnSqlite(WebAppFactory app) : CaseRecordsApiTests(app), IClassFixture<WebAppFactory>;

    public sealed class OnPostgreSql(PostgreSqlWebAppFactory app) : CaseRecordsApiTests(app), IClassFixture<PostgreSqlWebAppFactory>;
}
