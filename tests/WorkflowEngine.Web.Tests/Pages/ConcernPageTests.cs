using System.Net;

namespace WorkflowEngine.Web.Tests.Pages;

/// <summary>Raising a concern: the form, its errors beside each field, and the confirmation.</summary>
public sealed class ConcernPageTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _app;

    public ConcernPageTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task The_form_prefills_the_referrer_and_groups_the_indicators_from_the_fact_catalogue()
    {
        var client = await _app.SignedInBrowserAsync("dsl.education");

        var (status, html) = await client.ReadAsync("/concerns/new");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["Raise a concern about a child"], PageClient.Headings(html));
        Assert.Equal("Raise a concern about a child – Safeguarding referrals", PageClient.Title(html));
        Assert.Contains("value=\"Priya Shah (school designated safeguarding lead)\"", html, StringComparison.Ordinal);
        Assert.Contains("Education (schools, attendance, virtual school, alternative provision)</dd>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"ChildDateOfBirth-day\" name=\"ChildDateOfBirth-day\"", html, StringComparison.Ordinal);
        Assert.Matches("<fieldset class=\"govuk-fieldset\" role=\"group\" aria-describedby=\"ChildDateOfBirth-hint\">", html);
        Assert.Matches("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">Education \\(optional\\)</legend>", html);
        Assert.Contains("value=\"persistentAbsence\"", html, StringComparison.Ordinal);
        Assert.Contains("Arrested for drug supply", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"urgent\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_show_in_the_summary_and_beside_each_field_then_a_corrected_concern_opens_a_case()
    {
        var client = await _app.SignedInBrowserAsync("dsl.education");

        var refused = await client.PostFormAsync("/concerns/new", "/concerns/new", [
            new("ChildName", " "), new("ChildDateOfBirth-day", "31"), new("ChildDateOfBirth-month", "2"), new("ChildDateOfBirth-year", "2012"),
            new("Referrer", "Priya Shah"), new("Concern", ""), new("MissingEpisodes", "lots")]);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith("Error: ", PageClient.Title(html), StringComparison.Ordinal);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#ChildName\">Enter the child&#x27;s name.</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#ChildDateOfBirth-day\">Date of birth must be a real date, like 27 3 2012</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Concern\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Urgent\">Say whether the child is at immediate risk</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#MissingEpisodes\">", html, StringComparison.Ordinal);
        foreach (var field in new[] { "ChildName", "ChildDateOfBirth", "Concern", "Urgent", "MissingEpisodes" })
        {
            Assert.Contains($"id=\"{field}-error\" class=\"govuk-error-message\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("value=\"lots\"", html, StringComparison.Ordinal);

        var caseId = await client.RaiseConcernAsync("Rory Green");
        var (status, raised) = await client.ReadAsync($"/concerns/{caseId}/raised");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("govuk-panel--confirmation", raised, StringComparison.Ordinal);
        Assert.Contains("CASE-" + caseId.ToString("N")[^8..].ToUpperInvariant(), raised, StringComparison.Ordinal);
        Assert.DoesNotContain("View the case", raised, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_confirmation_says_where_the_concern_went_and_an_urgent_one_went_to_a_strategy_discussion()
    {
        var client = await _app.SignedInBrowserAsync("dsl.education");

        var usual = await client.RaiseConcernAsync("Ada Usual");
        var urgent = await client.RaiseConcernAsync("Ben Urgent", ("Urgent", "true"));
        var (_, usualPage) = await client.ReadAsync($"/concerns/{usual}/raised");
        var (_, urgentPage) = await client.ReadAsync($"/concerns/{urgent}/raised");

        Assert.Contains("Acknowledge and decide referral, by", usualPage, StringComparison.Ordinal);
        Assert.Contains("Children&#x27;s social care", usualPage, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Strategy discussion, by", urgentPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Acknowledge and decide referral", urgentPage, StringComparison.Ordinal);
        Assert.Contains("You will be told the front door's decision", urgentPage, StringComparison.Ordinal);

        // The school's DSL finds both among the referrals they raised, with where each is, though the case is not theirs to open.
        var (_, cases) = await client.ReadAsync("/cases");
        Assert.Contains("Referrals you raised", cases, StringComparison.Ordinal);
        Assert.Contains($"href=\"/concerns/{usual}/raised\"", cases, StringComparison.Ordinal);
        Assert.Contains($"href=\"/concerns/{urgent}/raised\"", cases, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/cases/{usual}\"", cases, StringComparison.Ordinal);
        var (_, police) = await (await _app.SignedInBrowserAsync("practitioner.police")).ReadAsync("/cases");
        Assert.DoesNotContain("Ada Usual", police, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_receipt_time_defaults_to_now_in_UK_time_and_a_time_in_the_future_is_named_beside_the_date()
    {
        var client = await _app.SignedInBrowserAsync("dsl.education");
        var now = TimeZoneInfo.ConvertTime(_app.Time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));

        var (_, form) = await client.ReadAsync("/concerns/new");

        Assert.Contains($"id=\"ReceivedAt-day\" name=\"ReceivedAt-day\" type=\"text\" inputmode=\"numeric\" value=\"{now.Day}\"", form, StringComparison.Ordinal);
        Assert.Contains($"id=\"ReceivedAt-year\" name=\"ReceivedAt-year\" type=\"text\" inputmode=\"numeric\" value=\"{now.Year}\"", form, StringComparison.Ordinal);
        Assert.Contains($"value=\"{now:HH:mm}\"", form, StringComparison.Ordinal);

        var tomorrow = now.AddDays(1);
        var refused = await client.PostFormAsync("/concerns/new", "/concerns/new", [
            new("ChildName", "Lee Park"), new("Referrer", "Priya Shah"), new("Concern", "Seen with older men."), new("Urgent", "false"),
            new("ReceivedAt-day", tomorrow.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("ReceivedAt-month", tomorrow.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("ReceivedAt-year", tomorrow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("ReceivedTime", "10:00")]);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<a href=\"#ReceivedAt-day\">The time the contact was received cannot be in the future.</a>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"ReceivedAt-error\" class=\"govuk-error-message\"", html, StringComparison.Ordinal);

        var badTime = await client.PostFormAsync("/concerns/new", "/concerns/new", [
            new("ChildName", "Lee Park"), new("Referrer", "Priya Shah"), new("Concern", "Seen with older men."), new("Urgent", "false"),
            new("ReceivedAt-day", "27"), new("ReceivedAt-month", "2"), new("ReceivedAt-year", "2026"), new("ReceivedTime", "teatime")]);
        Assert.Contains("The time the concern was received must be a 24-hour time, like 17:30", await badTime.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_confirmation_is_refused_to_someone_who_neither_raised_it_nor_works_it()
    {
        var school = await _app.SignedInBrowserAsync("dsl.education");
        var caseId = await school.RaiseConcernAsync("Tia Grey");
        var police = await _app.SignedInBrowserAsync("practitioner.police");

        var (status, html) = await police.ReadAsync($"/concerns/{caseId}/raised");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("You cannot see this page", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Tia Grey", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in()
    {
        var response = await _app.Browser().GetAsync(new Uri("/concerns/new", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
