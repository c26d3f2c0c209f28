using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using WorkflowEngine.Web.Tests;
using Xunit.Abstractions;

namespace WorkflowEngine.Fuzz.Tests;

/// <summary>
/// The task page's form posted with generated answers in every field it shows: a redirect when
/// the task is done, otherwise the page again with its errors (never a server error), and
/// nothing stored.
/// </summary>
public sealed partial class TaskFormFuzzTests(FuzzHost host, ITestOutputHelper output) : IClassFixture<FuzzHost>
{
    private const int Slots = 12;

    private static readonly Gen<string> FormText = Gen.Frequency(
        (3, Hostile.Text),
        (2, Gen.OneOf("", "3", "-1", "2147483648", "9223372036854775808", "1e400", "31", "12", "9999", "0001", "high", "yes", "on")))
        .Select(WithoutLoneSurrogates);

    private static readonly Gen<(string[] Values, int Outcome, int Version, int Repeats)> Forms =
        Gen.Select(FormText.Array[Slots], Gen.Int[0, 10], Gen.Int[0, 3], Gen.Int[0, 3], (values, outcome, version, repeats) => (values, outcome, version, repeats));

    [Fact]
    public async Task Any_answers_in_a_task_form_complete_it_or_show_the_errors_and_store_nothing()
    {
        var tally = new StatusTally();
        var browser = await host.App.SignedInBrowserAsync("chair.partnership");
        var target = await OpenFormAsync(browser);
        await FuzzRun.ForEachAsync(Forms, FuzzRun.Share(0.5), async plan =>
        {
            var before = host.Store.Snapshot(target.CaseId, target.TaskId);
            using var content = new FormUrlEncodedContent(Answers(target, plan));
            var response = await browser.PostAsync(new Uri($"/cases/{target.CaseId}/tasks/{target.TaskId}/complete", UriKind.Relative), content);
            tally.Count(response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"The server failed with {(int)response.StatusCode}: {FuzzRun.Shorten(page)}");
            Assert.True(
                response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest or HttpStatusCode.Conflict,
                $"Got {(int)response.StatusCode}: {FuzzRun.Shorten(page)}");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                target = await OpenFormAsync(browser);
                return;
            }

            Assert.True(response.StatusCode != HttpStatusCode.BadRequest || page.Contains("govuk-error-summary", StringComparison.Ordinal), $"A 400 page without an error summary (outcome {plan.Outcome}, version {plan.Version}, {response.Content.Headers.ContentType}): {FuzzRun.Shorten(page)}");
            var after = host.Store.Snapshot(target.CaseId, target.TaskId);
            Assert.True(before == after, $"Something was stored although the form was refused: {(int)response.StatusCode}, task version and journal length from {before} to {after}.");
        }, nameof(Any_answers_in_a_task_form_complete_it_or_show_the_errors_and_store_nothing), plan => string.Join(" | ", plan.Values.Select(v => FuzzRun.Shorten(v))));
        output.WriteLine(tally.ToString());
    }

    private async Task<FormTarget> OpenFormAsync(HttpClient browser)
    {
        var (caseId, taskId) = await host.FreshTaskAsync();
        var page = await browser.GetStringAsync(new Uri($"/cases/{caseId}/tasks/{taskId}", UriKind.Relative));
        var fields = FieldName().Matches(page).Select(m => m.Groups[1].Value).Distinct().ToArray();
        var outcomes = OutcomeValue().Matches(page).Select(m => m.Groups[1].Value).Distinct().ToArray();
        var version = VersionValue().Match(page) is { Success: true } v ? v.Groups[1].Value : "1";
        Assert.True(outcomes.Length > 0, "The task page offers no outcome to fuzz.");
        return new FormTarget(caseId, taskId, WebAppFactory.AntiforgeryToken(page), fields, outcomes, version);
    }

    private static List<KeyValuePair<string, string>> Answers(FormTarget target, (string[] Values, int Outcome, int Version, int Repeats) plan)
    {
        var answers = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", target.Token) };
        for (var i = 0; i < target.Fields.Length; i++)
        {
            // Repeats > 0 sends some fields twice, as a multi-choice field or a hostile client does.
            for (var copy = 0; copy <= (i % 4 < plan.Repeats ? 1 : 0); copy++)
            {
                answers.Add(new(target.Fields[i], plan.Values[(i + copy) % Slots]));
            }
        }

        var outcome = plan.Outcome < target.Outcomes.Length ? target.Outcomes[plan.Outcome] : plan.Values[plan.Outcome % Slots];
        answers.Add(new("outcome", outcome));
        answers.Add(new("version", plan.Version switch { 0 => target.Version, 1 => "9223372036854775808", 2 => "-1", _ => plan.Values[0] }));
        return answers;
    }

    private static string WithoutLoneSurrogates(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i++, 2);
            }
            else if (!char.IsSurrogate(text[i]))
            {
                clean.Append(text[i]);
            }
        }

        return clean.ToString();
    }

    [GeneratedRegex("name=\"(field-[^\"]+)\"")]
    private static partial Regex FieldName();

    [GeneratedRegex("name=\"outcome\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex OutcomeValue();

    [GeneratedRegex("name=\"version\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex VersionValue();

    private sealed record FormTarget(Guid CaseId, Guid TaskId, string Token, string[] Fields, string[] Outcomes, string Version);
}
