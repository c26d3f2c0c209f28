using Microsoft.Extensions.Time.Testing;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Tests.Runtime;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Tests.Versions;

public sealed class CatalogueSynchroniserTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "catalogue-" + Guid.NewGuid().ToString("N"));
    private readonly InMemoryDocumentStore _documents = new(new FakeTimeProvider());
    private readonly CatalogueSynchroniser _synchroniser;

    public CatalogueSynchroniserTests()
    {
        var reference = ReferenceDataLoader.Load(RepositoryPaths.Reference).Data!;
        var calendars = CalendarCatalogue.Load(RepositoryPaths.Reference).Catalogue!;
        var publisher = new DefinitionPublisher(_documents, new RuleSetValidator(reference), reference, calendars);
        _synchroniser = new CatalogueSynchroniser(publisher, _documents);
        CopyFolder(RepositoryPaths.Workflows, Workflows);
        CopyFolder(RepositoryPaths.Rules, Rules);
    }

    private string Workflows => Path.Combine(_folder, "workflows");

    private string Rules => Path.Combine(_folder, "rules");

    public static TheoryData<string> ShippedFiles() =>
        [.. Directory.EnumerateFiles(RepositoryPaths.Workflows, "*.json").Concat(Directory.EnumerateFiles(RepositoryPaths.Rules, "*.json").Where(p => !p.EndsWith(".examples.json", StringComparison.Ordinal)))
            .Select(p => Path.GetFileName(Path.GetDirectoryName(p)) + "/" + Path.GetFileName(p))];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public async Task Every_shipped_file_validates_and_is_published_as_version_1(string file)
    {
        var published = await _synchroniser.SyncAsync(Workflows, Rules);

        var key = Path.GetFileNameWithoutExtension(file);
        var kind = file.StartsWith("rules/", StringComparison.Ordinal) ? DocumentKind.RuleSet : DocumentKind.Workflow;
        Assert.Contains(published, d => d.Kind == kind && d.Key == key && d.Version == 1 && d.CreatedBy == CatalogueSynchroniser.FilesActor);
    }

    [Fact]
    public async Task Unchanged_files_are_not_published_again_and_a_changed_file_becomes_version_2()
    {
        await _synchroniser.SyncAsync(Workflows, Rules);
        Assert.Empty(await _synchroniser.SyncAsync(Workflows, Rules));

        var path = Path.Combine(Workflows, "cce-referral.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"name\": \"", "\"name\": \"Changed: ", StringComparison.Ordinal));
        var published = await _synchroniser.SyncAsync(Workflows, Rules);

        var document = Assert.Single(published);
        Assert.Equal((DocumentKind.Workflow, "cce-referral", 2), (document.Kind, document.Key, document.Version));
    }

    [Fact]
    public async Task A_broken_file_stops_start_up_naming_the_file_and_nothing_is_published()
    {
        File.WriteAllText(Path.Combine(Workflows, "broken.json"), """
            { "key": "broken", "name": "Broken", "calendar": "england-and-wales", "startStage": "nowhere", "stages": [ { "key": "only", "name": "Only", "final": true } ] }
            """);
        File.WriteAllText(Path.Combine(Rules, "sneaky.json"), """
            { "WorkflowName": "sneaky", "Rules": [ { "RuleName": "escape", "Expression": "facts.GetType().Assembly.Location != \"\"", "SuccessEvent": "x", "RuleExpressionType": "LambdaExpression" } ] }
            """);

        var failure = await Assert.ThrowsAsync<CatalogueInvalidException>(() => _synchroniser.SyncAsync(Workflows, Rules));

        Assert.Contains(failure.Errors, e => e.Path.StartsWith("workflows/broken.json#$.startStage", StringComparison.Ordinal));
        Assert.Contains(failure.Errors, e => e.Path.StartsWith("rules/sneaky.json#", StringComparison.Ordinal) && e.Message.Contains("GetType", StringComparison.Ordinal));
        Assert.Empty(await _documents.ListLatestPublishedAsync(DocumentKind.Workflow));
        Assert.Empty(await _documents.ListLatestPublishedAsync(DocumentKind.RuleSet));
    }

    [Fact]
    public async Task A_rule_file_over_the_expression_limits_stops_start_up_naming_the_file_and_the_rule_without_crashing()
    {
        var nested = new string('(', 5_000) + "true" + new string(')', 5_000);
        File.WriteAllText(Path.Combine(Rules, "hostile.json"),
            $$"""{ "WorkflowName": "hostile", "Rules": [ { "RuleName": "High risk", "Expression": "{{nested}}", "SuccessEvent": "x", "RuleExpressionType": "LambdaExpression" } ] }""");

        var failure = await Assert.ThrowsAsync<CatalogueInvalidException>(() => _synchroniser.SyncAsync(Workflows, Rules));

        var error = Assert.Single(failure.Errors);
        Assert.Equal("rules/hostile.json#$.Rules[0].Expression", error.Path);
        Assert.StartsWith("Rule 'High risk' in rule set 'hostile' is too long", error.Message, StringComparison.Ordinal);
        Assert.Empty(await _documents.ListLatestPublishedAsync(DocumentKind.RuleSet));
    }

    [Fact]
    public async Task A_changed_rule_set_whose_examples_fail_is_not_published_and_the_failure_is_logged()
    {
        var logger = new ListLogger<CatalogueSynchroniser>();
        var reference = ReferenceDataLoader.Load(RepositoryPaths.Reference).Data!;
        var calendars = CalendarCatalogue.Load(RepositoryPaths.Reference).Catalogue!;
        var synchroniser = new CatalogueSynchroniser(new DefinitionPublisher(_documents, new RuleSetValidator(reference), reference, calendars), _documents, logger);
        await synchroniser.SyncAsync(Workflows, Rules);

        var path = Path.Combine(Rules, "exploitation-screening.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("score >= 5", "score >= 6", StringComparison.Ordinal));
        var published = await synchroniser.SyncAsync(Workflows, Rules);

        Assert.Empty(published);
        var latest = await _documents.GetLatestPublishedAsync(DocumentKind.RuleSet, "exploitation-screening");
        Assert.Equal(1, latest!.Version);
        Assert.Contains("score >= 5", latest.Content, StringComparison.Ordinal);
        var warning = Assert.Single(logger.Messages);
        Assert.StartsWith("rules/exploitation-screening.json changed but was not published, because its examples fail; version 1 stays in use.", warning, StringComparison.Ordinal);
        Assert.Contains("Example 'Score exactly 5 (one missing episode, carrying weapons) is significant' expected decision 'mace-referral' but got 'single-agency' (rule 'emerging' fired).", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_examples_file_publishes_a_new_version_carrying_the_examples()
    {
        await _synchroniser.SyncAsync(Workflows, Rules);
        var path = Path.Combine(Rules, "front-door-routing.examples.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("goes to the front door\"", "goes to MASH\"", StringComparison.Ordinal));

        var published = Assert.Single(await _synchroniser.SyncAsync(Workflows, Rules));

        Assert.Equal(("front-door-routing", 2), (published.Key, published.Version));
        Assert.Contains("goes to MASH", published.Examples, StringComparison.Ordinal);
        Assert.Empty(await _synchroniser.SyncAsync(Workflows, Rules));
    }

    [Fact]
    public async Task An_examples_file_with_an_unknown_fact_or_no_rule_set_stops_start_up_naming_the_file()
    {
        File.WriteAllText(Path.Combine(Rules, "front-door-routing.examples.json"), """
            { "ruleSet": "front-door-routing", "examples": [ { "name": "Typo", "facts": { "urgnet": true }, "expect": { "decision": null } } ] }
            """);
        File.WriteAllText(Path.Combine(Rules, "nothing-here.examples.json"), """{ "ruleSet": "nothing-here", "examples": [] }""");

        var failure = await Assert.ThrowsAsync<CatalogueInvalidException>(() => _synchroniser.SyncAsync(Workflows, Rules));

        Assert.Contains(failure.Errors, e => e.Path == "rules/front-door-routing.examples.json#$.examples[0].facts.urgnet"
            && e.Message == "Example 'Typo': 'urgnet' is not a fact the partnership records. Check the spelling against the fact catalogue.");
        Assert.Contains(failure.Errors, e => e.Path == "rules/nothing-here.examples.json"
            && e.Message == "rules/nothing-here.examples.json holds examples, but there is no rule set rules/nothing-here.json beside it for them to test.");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*.json"))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
