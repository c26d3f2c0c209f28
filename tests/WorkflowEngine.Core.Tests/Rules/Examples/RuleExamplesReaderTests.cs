using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules.Examples;

namespace WorkflowEngine.Core.Tests.Rules.Examples;

public sealed class RuleExamplesReaderTests
{
    private static readonly ReferenceData Reference = ReferenceDataLoader.Load(RepositoryPaths.Reference).Data!;

    [Fact]
    public void Every_problem_in_an_examples_file_is_named_by_its_path_in_words_a_lead_understands()
    {
        var result = RuleExamplesReader.Read("""
            {
              "ruleSet": "exploitation-screening",
              "examples": [
                { "name": "Typo", "facts": { "missingEpisodez": 2 }, "expect": { "decision": null } },
                { "name": "Wrong type", "facts": { "missingEpisodes": "two" }, "expect": { "decision": "mace-referral" } },
                { "name": "Typo", "facts": {}, "expect": { "decision": null } },
                { "name": "Both", "expect": { "decision": "x", "passes": true } },
                { "facts": {} }
              ]
            }
            """, Reference, "exploitation-screening");

        Assert.Null(result.Set);
        Assert.Equal(
            [
                ("$.examples[0].facts.missingEpisodez", "Example 'Typo': 'missingEpisodez' is not a fact the partnership records. Check the spelling against the fact catalogue."),
                ("$.examples[1].facts.missingEpisodes", "Example 'Wrong type': 'Missing episodes in the last 3 months' must be a whole number."),
                ("$.examples[2].name", "Two examples are called 'Typo'. Give each example its own name."),
                ("$.examples[3].expect", "Example 'Both' must expect either a 'decision' (use null for \"no rule fires\") or, for a guard, whether it 'passes', not both."),
                ("$.examples[4].name", "Example 5 has no name. Name it for what it shows, like 'Police referrer, score 5'."),
                ("$.examples[4].expect", "Example 5 does not say what it expects. Add 'expect' with the 'decision' (or, for a guard, whether it 'passes')."),
            ],
            result.Errors.Select(e => (e.Path, e.Message)));
    }

    [Fact]
    public void Examples_for_another_rule_set_are_refused()
    {
        var result = RuleExamplesReader.Read("""{ "ruleSet": "front-door-routing", "examples": [] }""", Reference, "exploitation-screening");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("examples.rule-set-mismatch", "$.ruleSet"), (error.Code, error.Path));
    }

    [Fact]
    public void A_written_examples_file_reads_back_the_same()
    {
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.Rules, "task-assignment.examples.json"));
        var set = RuleExamplesReader.Read(json, Reference).Set!;

        var again = RuleExamplesReader.Read(set.ToJson(), Reference).Set!;

        Assert.Equal(set.Examples.Select(e => e.ToJson().ToJsonString()), again.Examples.Select(e => e.ToJson().ToJsonString()));
        Assert.Equal(("screen-for-exploitation", "exploitation-screening"), (again.Examples[0].TaskKey, again.Examples[0].StageKey));
    }
}
