using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Rules.Examples;
using WorkflowEngine.Core.Rules.Shadow;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.RuleSets;

/// <summary>
/// The test bench of a rule set: its examples run against the latest draft and the published
/// version side by side, facts tried through a form built from the fact catalogue, and (for leads
/// and admins) "save as example", also from the inputs of a past decision on a case the viewer may see.
/// </summary>
public sealed class RuleSetBenchController(
    IDocumentReader documents, ReferenceData reference, RuleExampleRunner examples, DefinitionManagement management,
    IRuleDecisionHistory history, TimeProvider time) : PageController
{
    private const string ViewPath = "~/Features/RuleSets/Bench.cshtml";
    private static readonly TimeSpan RecentPeriod = TimeSpan.FromDays(90);

    /// <summary>The bench; with a case and an instant, the form starts from the facts of that decision.</summary>
    [HttpGet("/library/rulesets/{key}/bench")]
    public async Task<IActionResult> Bench(string key, [FromQuery(Name = "case")] Guid? caseId, long? at, string? saved, CancellationToken cancellationToken)
    {
        var versions = await VersionsAsync(key, cancellationToken);
        if (versions is null)
        {
            return Missing();
        }

        var form = new BenchForm();
        var facts = new JsonObject();
        string? message = saved is null ? null : $"Example '{saved}' was saved with the draft. Run the examples below to see how it comes out.";
        if (caseId is { } id && at is { } ticks)
        {
            if (await PastDecisionAsync(key, id, ticks, cancellationToken) is not { } past)
            {
                return Missing();
            }

            var rules = (versions.Value.Draft ?? versions.Value.Published)!.Content;
            facts = KeepRead(past.Facts, FactForm.FactsRead(rules, reference));
            form.TaskKey = past.TaskKey;
            form.StageKey = past.StageKey;
            form.ExampleName = $"Like {CaseReference.Of(id)}";
            message = $"The form holds the facts the rules read at {CaseReference.Of(id)}'s decision on {new DateTimeOffset(ticks, TimeSpan.Zero):d MMMM yyyy}: no name or date of birth.";
        }

        return await ShowAsync(key, versions.Value, facts, form, trial: false, message, cancellationToken);
    }

    /// <summary>Runs the facts on the form through the published version and the draft.</summary>
    [HttpPost("/library/rulesets/{key}/bench/try")]
    public async Task<IActionResult> Try(string key, BenchForm form, CancellationToken cancellationToken)
    {
        var versions = await VersionsAsync(key, cancellationToken);
        if (versions is null)
        {
            return Missing();
        }

        var facts = ReadFacts(versions.Value, form);
        return await ShowAsync(key, versions.Value, facts, form, trial: ModelState.IsValid, null, cancellationToken);
    }

    /// <summary>Saves the facts on the form, with the expected decision, as an example kept with the draft. Leads and admins.</summary>
    [HttpPost("/library/rulesets/{key}/bench/save")]
    public async Task<IActionResult> Save(string key, BenchForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!Me.SeesEverything)
        {
            return Refuse();
        }

        var versions = await VersionsAsync(key, cancellationToken);
        if (versions is null)
        {
            return Missing();
        }

        var facts = ReadFacts(versions.Value, form);
        var guard = IsGuard(versions.Value);
        if (string.IsNullOrWhiteSpace(form.ExampleName))
        {
            ModelState.AddModelError(nameof(BenchForm.ExampleName), "Name the example for what it shows, like 'Police referrer, score 5'");
        }

        if (guard ? form.Expected is not ("true" or "false") : string.IsNullOrWhiteSpace(form.Expected))
        {
            ModelState.AddModelError(nameof(BenchForm.Expected), guard ? "Say whether the rules should pass" : "Choose the decision the rules should make");
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(key, versions.Value, facts, form, trial: false, null, cancellationToken);
        }

        var expect = guard
            ? ExampleExpectation.OfGuard(form.Expected == "true")
            : ExampleExpectation.OfDecision(form.Expected == BenchForm.NoRule ? null : form.Expected, string.IsNullOrWhiteSpace(form.ExpectedOutput) ? null : form.ExpectedOutput.Trim());
        var example = new RuleExample(form.ExampleName!.Trim(), facts, Blank(form.TaskKey), Blank(form.StageKey), expect);
        var current = CurrentExamples(versions.Value, out _) ?? new RuleExampleSet(key, []);
        var result = await management.SaveExamplesAsync(key, current.With(example).ToJson(), Me.UserName, cancellationToken);
        if (!result.Succeeded)
        {
            ShowErrors(result.Errors, path => path.EndsWith(".name", StringComparison.Ordinal) ? nameof(BenchForm.ExampleName) : null);
            return await ShowAsync(key, versions.Value, facts, form, trial: false, null, cancellationToken);
        }

        return Redirect($"/library/rulesets/{key}/bench?saved={Uri.EscapeDataString(example.Name)}");
    }

    private async Task<IActionResult> ShowAsync(string key, (StoredDocument? Published, StoredDocument? Draft) versions, JsonObject facts, BenchForm form, bool trial, string? message, CancellationToken cancellationToken)
    {
        var compiledPublished = versions.Published is null ? null : examples.Compile(versions.Published.Content).RuleSet;
        var compiledDraft = versions.Draft is null ? null : examples.Compile(versions.Draft.Content).RuleSet;
        var set = CurrentExamples(versions, out var problems);
        var rows = new List<BenchExampleRow>();
        if (set is not null)
        {
            var onPublished = compiledPublished is null ? null : await RuleExampleRunner.RunAsync(compiledPublished, set, cancellationToken);
            var onDraft = compiledDraft is null ? null : await RuleExampleRunner.RunAsync(compiledDraft, set, cancellationToken);
            rows.AddRange(set.Examples.Select((e, i) => new BenchExampleRow(i, e, onPublished?[i], onDraft?[i])));
        }

        (RuleRun?, RuleRun?)? run = null;
        if (trial)
        {
            var inputs = new RuleInputs(facts, Blank(form.TaskKey), Blank(form.StageKey));
            run = (compiledPublished is null ? null : await compiledPublished.RunAsync(inputs, cancellationToken),
                compiledDraft is null ? null : await compiledDraft.RunAsync(inputs with { Facts = (JsonObject)facts.DeepClone() }, cancellationToken));
            form.Expected ??= run.Value.Item1 is { } decided ? (IsGuard(versions) ? (decided.Passes ? "true" : "false") : decided.Decision ?? BenchForm.NoRule) : null;
        }

        var rules = (versions.Draft ?? versions.Published)!.Content;
        var page = new BenchPage(key, versions.Published, versions.Draft, rows, problems,
            FactForm.Fields(FactForm.FactsRead(rules, reference), facts, reference), FactForm.ReadsTask(rules), form, run,
            Me.SeesEverything, IsGuard(versions), Decisions(rules), await RecentAsync(key, cancellationToken), message);
        return View(ViewPath, page);
    }

    private JsonObject ReadFacts((StoredDocument? Published, StoredDocument? Draft) versions, BenchForm form)
    {
        var posted = Request.Form.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var (facts, errors) = FactForm.Read(posted, FactForm.FactsRead((versions.Draft ?? versions.Published)!.Content, reference));
        foreach (var (field, message) in errors.Concat(form.OverLimits()))
        {
            ModelState.AddModelError(field, message);
        }

        if (FactForm.ReadsTask((versions.Draft ?? versions.Published)!.Content) && string.IsNullOrWhiteSpace(form.TaskKey))
        {
            ModelState.AddModelError(nameof(BenchForm.TaskKey), "Enter the key of the task being assigned, like screen-for-exploitation");
        }

        return facts;
    }

    private RuleExampleSet? CurrentExamples((StoredDocument? Published, StoredDocument? Draft) versions, out IReadOnlyList<ValidationError> problems)
    {
        problems = [];
        var stored = (versions.Draft ?? versions.Published)?.Examples;
        if (stored is null)
        {
            return null;
        }

        var read = examples.Read(stored);
        problems = read.Errors;
        return read.Set;
    }

    private async Task<(StoredDocument? Published, StoredDocument? Draft)?> VersionsAsync(string key, CancellationToken cancellationToken)
    {
        var all = await documents.ListVersionsAsync(DocumentKind.RuleSet, key, cancellationToken);
        var draft = all.FirstOrDefault(v => v.Status == DocumentStatus.Draft);
        var published = all.FirstOrDefault(v => v.Status == DocumentStatus.Published);
        return draft is null && published is null ? null : (published, draft);
    }

    private async Task<IReadOnlyList<PastDecisionChoice>> RecentAsync(string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var recent = new List<PastDecisionChoice>();
        await foreach (var decision in history.ReadAsync(key, now - RecentPeriod, now.AddTicks(1), cancellationToken))
        {
            if (MaySee(decision))
            {
                recent.Add(new PastDecisionChoice(decision.CaseId, CaseReference.Of(decision.CaseId), decision.ChildName, decision.OccurredAt,
                    ShadowRunner.Was(JsonNode.Parse(decision.Data)!.AsObject())));
            }
        }

        return [.. recent.OrderByDescending(d => d.DecidedAt).Take(10)];
    }

    private async Task<(JsonObject Facts, string? TaskKey, string? StageKey)?> PastDecisionAsync(string key, Guid caseId, long ticks, CancellationToken cancellationToken)
    {
        var at = new DateTimeOffset(ticks, TimeSpan.Zero);
        await foreach (var decision in history.ReadAsync(key, at, at.AddTicks(1), cancellationToken))
        {
            if (decision.CaseId == caseId && MaySee(decision))
            {
                var inputs = JsonNode.Parse(decision.Data)?["inputs"];
                return ((inputs?["facts"] as JsonObject) ?? [], Blank(inputs?["task"]?["key"]?.GetValue<string>()), Blank(inputs?["task"]?["stage"]?.GetValue<string>()));
            }
        }

        return null;
    }

    // Need-to-know, as for opening the case: leads and admins see every case, others their agency's.
    private bool MaySee(PastRuleDecision decision) => Me.SeesEverything || decision.InvolvedAgencies.Contains(Me.Agency);

    // The example keeps only answered facts the rules read: a default says nothing, and nothing else of the case is copied.
    private static JsonObject KeepRead(JsonObject facts, IReadOnlyList<FactDefinition> read)
    {
        var kept = new JsonObject();
        foreach (var fact in read)
        {
            var value = facts[fact.Key];
            var isDefault = value is null
                || (value is JsonValue v && ((v.TryGetValue<bool>(out var b) && !b) || (v.TryGetValue<string>(out var s) && s.Length == 0) || (v.GetValueKind() == JsonValueKind.Number && v.ToJsonString() == "0")))
                || (value is JsonArray { Count: 0 });
            if (!isDefault)
            {
                kept[fact.Key] = value!.DeepClone();
            }
        }

        return kept;
    }

    private static bool IsGuard((StoredDocument? Published, StoredDocument? Draft) versions) =>
        Decisions((versions.Draft ?? versions.Published)!.Content).Count == 0;

    private static IReadOnlyList<string> Decisions(string content)
    {
        using var json = JsonDocument.Parse(content, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return json.RootElement.TryGetProperty("Rules", out var rules)
            ? [.. rules.EnumerateArray().Select(r => r.TryGetProperty("SuccessEvent", out var e) ? e.GetString() : null).OfType<string>().Distinct(StringComparer.Ordinal)]
            : [];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
