using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Rules.Examples;
using WorkflowEngine.Core.Rules.Shadow;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.RuleSets;

/// <summary>
/// The shadow run: the rule set's draft re-run on the inputs of every journalled decision of the
/// rule set in a period, showing how many decisions would change and on which cases. Changes nothing.
/// </summary>
public sealed class RuleSetShadowController(IDocumentReader documents, RuleExampleRunner examples, ShadowRunner shadow, TimeProvider time) : PageController
{
    private const string ViewPath = "~/Features/RuleSets/Shadow.cshtml";
    private static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(90);

    /// <summary>The period form; with a period, the run's table.</summary>
    [HttpGet("/library/rulesets/{key}/shadow")]
    public async Task<IActionResult> Shadow(string key, CancellationToken cancellationToken)
    {
        var versions = await documents.ListVersionsAsync(DocumentKind.RuleSet, key, cancellationToken);
        if (versions.Count == 0)
        {
            return Missing();
        }

        var draft = versions.FirstOrDefault(v => v.Status == DocumentStatus.Draft);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var from = Parts("from", today.AddDays(-DefaultPeriod.Days));
        var to = Parts("to", today);
        if (draft is null || !Request.Query.ContainsKey("from-day"))
        {
            return View(ViewPath, new ShadowPage(key, draft, from, to, null, null, MaySee));
        }

        var period = Period(from, to);
        if (period is null)
        {
            return View(ViewPath, new ShadowPage(key, draft, from, to, null, null, MaySee));
        }

        var report = await RunAsync(draft, period.Value, cancellationToken);
        if (report is null)
        {
            return View(ViewPath, new ShadowPage(key, draft, from, to, null, null, MaySee));
        }

        return View(ViewPath, new ShadowPage(key, draft, from, to, report, $"/library/rulesets/{key}/shadow.csv{Request.QueryString}", MaySee));
    }

    /// <summary>The run's changed decisions as CSV.</summary>
    [HttpGet("/library/rulesets/{key}/shadow.csv")]
    public async Task<IActionResult> Csv(string key, CancellationToken cancellationToken)
    {
        var draft = (await documents.ListVersionsAsync(DocumentKind.RuleSet, key, cancellationToken)).FirstOrDefault(v => v.Status == DocumentStatus.Draft);
        var period = Period(Parts("from", default), Parts("to", default));
        if (draft is null || period is null || await RunAsync(draft, period.Value, cancellationToken) is not { } report)
        {
            return Missing();
        }

        return File(Encoding.UTF8.GetBytes(ShadowCsv.Write(report, MaySee)), "text/csv", $"{key}-shadow-{period.Value.From:yyyy-MM-dd}-to-{period.Value.To.AddDays(-1):yyyy-MM-dd}.csv");
    }

    private async Task<ShadowReport?> RunAsync(StoredDocument draft, (DateTimeOffset From, DateTimeOffset To) period, CancellationToken cancellationToken)
    {
        var (compiled, errors) = examples.Compile(draft.Content);
        if (compiled is null)
        {
            ModelState.AddModelError(string.Empty, $"The draft cannot run: {string.Join(" ", errors.Select(e => e.Message))}");
            return null;
        }

        return await shadow.RunAsync(compiled, period.From, period.To, cancellationToken);
    }

    private (DateTimeOffset From, DateTimeOffset To)? Period(string[] from, string[] to)
    {
        var fromOk = DateParts.TryRead(from[0], from[1], from[2], out var first);
        var toOk = DateParts.TryRead(to[0], to[1], to[2], out var last);
        if (!fromOk)
        {
            ModelState.AddModelError("from-day", "The start of the period must be a real date, like 1 3 2026");
        }

        if (!toOk)
        {
            ModelState.AddModelError("to-day", "The end of the period must be a real date, like 31 3 2026");
        }
        else if (fromOk && last < first)
        {
            ModelState.AddModelError("to-day", "The end of the period must be on or after its start");
        }

        return ModelState.IsValid
            ? (new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
            : null;
    }

    private string[] Parts(string name, DateOnly fallback) =>
        Request.Query.ContainsKey(name + "-day")
            ? [Request.Query[name + "-day"].ToString().Trim(), Request.Query[name + "-month"].ToString().Trim(), Request.Query[name + "-year"].ToString().Trim()]
            : [fallback.Day.ToString(CultureInfo.InvariantCulture), fallback.Month.ToString(CultureInfo.InvariantCulture), fallback.Year.ToString(CultureInfo.InvariantCulture)];

    // Need-to-know, as for opening the case: leads and admins see every case, others their agency's.
    private bool MaySee(ShadowCase shadowCase) => Me.SeesEverything || shadowCase.InvolvedAgencies.Contains(Me.Agency);
}
