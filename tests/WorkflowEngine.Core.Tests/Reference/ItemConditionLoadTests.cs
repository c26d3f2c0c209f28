using WorkflowEngine.Core.Reference;

namespace WorkflowEngine.Core.Tests.Reference;

public sealed class ItemConditionLoadTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "conditions-" + Guid.NewGuid().ToString("N"));

    public ItemConditionLoadTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "lists"));
        foreach (var file in new[] { "agencies.json", "facts.json" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Reference, file), Path.Combine(_folder, file));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_shipped_taxonomy_loads_with_its_conditions()
    {
        var data = ReferenceDataLoader.Load(RepositoryPaths.Reference).Data!;

        var notice = data.GetChoiceList("disruption-measures")!.Single(i => i.Key == "child-abduction-warning-notice");
        Assert.Equal(2, Assert.Single(notice.Conditions!).Clauses.Count);
    }

    [Fact]
    public void Conditions_that_could_never_be_checked_or_name_unknown_facts_are_refused_naming_the_entry()
    {
        File.WriteAllText(Path.Combine(_folder, "lists", "measures.json"), """
            {
              "key": "measures",
              "name": "Measures",
              "items": [
                { "key": "a", "name": "Order A", "conditions": [ { "text": "Needs a court order." } ] },
                { "key": "b", "name": "Order B", "conditions": [ { "text": "In care.", "anyOf": [ { "fact": "inCare", "is": true } ] } ] },
                { "key": "c", "name": "Order C", "conditions": [ { "text": "Young.", "anyOf": [ { "childAgeUnder": 40 }, { } ] } ] }
              ]
            }
            """);

        var result = ReferenceDataLoader.Load(_folder);

        Assert.Null(result.Data);
        Assert.Contains(result.Errors, e => e.Code == "reference.condition-unchecked" && e.Message.Contains("'Order A'", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Code == "reference.condition-fact" && e.Message.Contains("'inCare', which is not a fact", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Code == "reference.condition-age" && e.Path == "lists/measures.json#$.items[2].conditions[0].anyOf[0].childAgeUnder");
        Assert.Contains(result.Errors, e => e.Code == "reference.condition-empty" && e.Path == "lists/measures.json#$.items[2].conditions[0].anyOf[1]");
    }
}
