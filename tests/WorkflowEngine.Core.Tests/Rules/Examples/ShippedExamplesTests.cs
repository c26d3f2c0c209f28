using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Rules.Examples;

namespace WorkflowEngine.Core.Tests.Rules.Examples;

/// <summary>Every shipped rule set carries examples; they pass against it and exercise every rule.</summary>
public sealed class ShippedExamplesTests
{
    private static readonly ReferenceData Reference = ReferenceDataLoader.Load(RepositoryPaths.Reference).Data!;
    private readonly RuleExampleRunner _runner = new(new RuleSetValidator(Reference), Reference);

    public static TheoryData<string> ShippedRuleSets() =>
        [.. Directory.EnumerateFiles(RepositoryPaths.Rules, "*.json").Where(p => !RuleExampleSet.IsExamplesFile(p)).Select(p => Path.GetFileNameWithoutExtension(p)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedRuleSets))]
    public async Task Every_example_of_a_shipped_rule_set_passes_against_it(string key)
    {
        var (compiled, examples) = Load(key);

        var results = await RuleExampleRunner.RunAsync(compiled, examples);

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(r.Passed, r.Failure));
    }

    [Theory]
    [MemberData(nameof(ShippedRuleSets))]
    public async Task The_examples_of_a_shipped_rule_set_make_every_rule_fire_or_refuse(string key)
    {
        var (compiled, examples) = Load(key);
        var results = await RuleExampleRunner.RunAsync(compiled, examples);
        var rules = RuleSetReader.Read(File.ReadAllText(Path.Combine(RepositoryPaths.Rules, key + ".json"))).Rules.Select(r => r.RuleName);

        foreach (var rule in rules)
        {
            Assert.True(
                results.Any(r => r.Run.FiredRule == rule || (r.Example.Expect.Passes is not null && r.Run.Rules.Any(o => o.Rule == rule && !o.Succeeded))),
                $"No example of '{key}' makes rule '{rule}' fire (or, for a guard, refuse).");
        }
    }

    [Fact]
    public async Task The_screening_examples_sit_on_both_sides_of_each_threshold()
    {
        var (compiled, examples) = Load("exploitation-screening");
        var results = await RuleExampleRunner.RunAsync(compiled, examples);
        var scores = results.Select(r => (Output: r.Run.OutputText, Score: Score(r.Run.Inputs))).ToList();

        Assert.Contains((null, 0), scores);
        Assert.Contains(("emerging", 2), scores);
        Assert.Contains(("emerging", 4), scores);
        Assert.Contains(("significant", 5), scores);
        Assert.Contains(("significant", 9), scores);
        Assert.Contains(("experiencing", 10), scores);
    }

    private (CompiledRuleSet Compiled, RuleExampleSet Examples) Load(string key)
    {
        var (compiled, errors) = _runner.Compile(File.ReadAllText(Path.Combine(RepositoryPaths.Rules, key + ".json")));
        Assert.Empty(errors);
        var read = _runner.Read(File.ReadAllText(Path.Combine(RepositoryPaths.Rules, RuleExampleSet.FileName(key))), key);
        Assert.Empty(read.Errors);
        return (compiled!, read.Set!);
    }

    // The screening weights, recomputed from what the rules saw, so the test names the boundary it proves.
    private static int Score(System.Text.Json.Nodes.JsonObject inputs)
    {
        var facts = inputs["facts"]!.AsObject();
        bool Yes(string fact) => facts[fact]!.GetValue<bool>();
        return ((int)facts["missingEpisodes"]!.GetValue<long>() * 2) + (Yes("foundOutOfArea") ? 2 : 0) + (Yes("carryingWeapons") ? 3 : 0) + (Yes("arrestedForDrugSupply") ? 3 : 0)
            + (Yes("olderOrControllingAssociates") ? 2 : 0) + (Yes("unexplainedMoneyOrGifts") ? 1 : 0) + (Yes("multiplePhones") ? 1 : 0) + (Yes("substanceMisuse") ? 1 : 0)
            + (Yes("peersOfConcern") ? 1 : 0) + (Yes("permanentlyExcluded") ? 2 : 0) + (Yes("suspended") ? 1 : 0) + (Yes("persistentAbsence") ? 1 : 0)
            + (Yes("severeAbsence") ? 2 : 0) + (Yes("notInEducation") ? 2 : 0) + (Yes("unexplainedInjuries") ? 2 : 0) + (Yes("selfHarm") ? 1 : 0)
            + (Yes("lookedAfter") ? 1 : 0) + (Yes("disclosure") ? 3 : 0);
    }
}
