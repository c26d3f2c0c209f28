using Microsoft.Extensions.Time.Testing;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Tests.Runtime;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Tests.Versions;

/// <summary>A rule set is published only when every example stored with it passes.</summary>
public sealed class PublishingGateTests
{
    private static readonly ReferenceData Reference = ReferenceDataLoader.Load(RepositoryPaths.Reference).Data!;
    private readonly InMemoryDocumentStore _documents = new(new FakeTimeProvider());
    private readonly DefinitionPublisher _publisher;

    public PublishingGateTests() =>
        _publisher = new DefinitionPublisher(_documents, new RuleSetValidator(Reference), Reference, CalendarCatalogue.Load(RepositoryPaths.Reference).Catalogue!);

    private static string Screening => File.ReadAllText(Path.Combine(RepositoryPaths.Rules, "exploitation-screening.json"));

    private static string Examples => File.ReadAllText(Path.Combine(RepositoryPaths.Rules, "exploitation-screening.examples.json"));

    [Fact]
    public async Task Publishing_a_rule_set_whose_example_fails_is_refused_with_one_problem_per_failing_example_and_nothing_is_stored()
    {
        var raised = Screening.Replace("score >= 5", "score >= 6", StringComparison.Ordinal);

        var result = await _publisher.PublishAsync(DocumentKind.RuleSet, raised, "lead", Examples);

        Assert.False(result.Succeeded);
        Assert.Equal(["$.examples[4]", "$.examples[13]", "$.examples[16]", "$.examples[17]", "$.examples[19]"], result.Errors.Select(e => e.Path));
        Assert.All(result.Errors, e => Assert.Equal("example.fails", e.Code));
        Assert.Equal(
            "Example 'Score exactly 5 (one missing episode, carrying weapons) is significant' expected decision 'mace-referral' but got 'single-agency' (rule 'emerging' fired).",
            result.Errors[0].Message);
        Assert.Equal(
            "Example 'Police referrer, drug supply arrest and older associates: score 5 is significant and prompts an NRM consideration' expected decision 'mace-referral-consider-nrm' but got 'single-agency-consider-nrm' (rule 'emerging-consider-nrm' fired).",
            result.Errors[4].Message);
        Assert.Empty(await _documents.ListVersionsAsync(DocumentKind.RuleSet, "exploitation-screening"));
    }

    [Fact]
    public async Task A_published_rule_set_keeps_its_examples_and_the_next_publish_is_gated_by_them()
    {
        Assert.True((await _publisher.PublishAsync(DocumentKind.RuleSet, Screening, "lead", Examples)).Succeeded);

        var draft = await _publisher.SaveDraftAsync(DocumentKind.RuleSet, Screening.Replace("score >= 10", "score >= 11", StringComparison.Ordinal), "lead");
        Assert.Equal(Examples, draft.Document!.Examples);
        var refused = await _publisher.PublishAsync(DocumentKind.RuleSet, draft.Document.Content, "lead");

        Assert.Equal(["$.examples[6]", "$.examples[7]"], refused.Errors.Select(e => e.Path));
        Assert.Equal(1, (await _documents.GetLatestPublishedAsync(DocumentKind.RuleSet, "exploitation-screening"))!.Version);
    }

    [Fact]
    public async Task Examples_saved_on_the_bench_go_onto_a_new_draft_of_the_published_rules_even_when_they_fail()
    {
        await _publisher.PublishAsync(DocumentKind.RuleSet, Screening, "lead", Examples);
        var failing = Examples.Replace("\"output\": \"experiencing\", \"rule\": \"experiencing\" }\n    },\n    {\n      \"name\": \"Excluded", "\"output\": \"significant\" }\n    },\n    {\n      \"name\": \"Excluded", StringComparison.Ordinal);
        Assert.NotEqual(Examples, failing);

        var saved = await _publisher.SaveExamplesAsync("exploitation-screening", failing, "lead");

        Assert.Equal((2, DocumentStatus.Draft, Screening, failing), (saved.Document!.Version, saved.Document.Status, saved.Document.Content, saved.Document.Examples));
        var refused = await _publisher.PublishAsync(DocumentKind.RuleSet, saved.Document.Content, "lead", saved.Document.Examples);
        Assert.Equal("Example 'Score exactly 10 (five missing episodes) is experiencing' expected output 'significant' but got 'experiencing' (rule 'experiencing' fired).", Assert.Single(refused.Errors).Message);
    }
}
