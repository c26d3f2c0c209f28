using System.Text.Json;
using Json.Schema;
using WorkflowEngine.Core.Reference;

namespace WorkflowEngine.Core.Tests.Reference;

public sealed class ShippedFileSchemaTests
{
    public static TheoryData<string, string> FilesAndSchemas()
    {
        var data = new TheoryData<string, string>
        {
            { "reference/agencies.json", "agencies" },
            { "reference/facts.json", "facts" },
            { "reference/calendars/england-and-wales.json", "calendar" },
            { "reference/calendars/england-school-terms.json", "calendar" },
            { "reference/panels/mace-panel.json", "panel" },
        };
        foreach (var list in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Reference, "lists"), "*.json"))
        {
            data.Add("reference/lists/" + Path.GetFileName(list), "list");
        }

        foreach (var rules in Directory.EnumerateFiles(RepositoryPaths.Rules, "*.json"))
        {
            data.Add("rules/" + Path.GetFileName(rules), rules.EndsWith(".examples.json", StringComparison.Ordinal) ? "examples" : "ruleset");
        }

        foreach (var workflow in Directory.EnumerateFiles(RepositoryPaths.Workflows, "*.json"))
        {
            data.Add("workflows/" + Path.GetFileName(workflow), "workflow");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FilesAndSchemas))]
    public void Every_shipped_file_matches_its_published_schema(string file, string schemaName)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", schemaName + ".schema.json")),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, file)));

        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(results.IsValid, string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void The_shipped_reference_data_loads_without_problems()
    {
        var result = ReferenceDataLoader.Load(RepositoryPaths.Reference);

        Assert.Empty(result.Errors);
        Assert.Equal(17, result.Data!.GetChoiceList("disruption-measures")!.Count);
        Assert.Equal(["childrens-social-care", "police", "health"], result.Data.Agencies.Where(a => a.Statutory).Select(a => a.Key));
    }

    [Fact]
    public void The_stop_the_clock_reasons_load_with_a_description_each_and_other_last()
    {
        var reasons = ReferenceDataLoader.Load(RepositoryPaths.Reference).Data!.GetChoiceList("extension-reasons")!;

        Assert.Equal(
            ["awaiting-agency-information", "family-not-available", "child-missing", "court-or-police-process", "interpreter-needed", "other"],
            reasons.Select(r => r.Key));
        Assert.All(reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Description), r.Key));
    }

    [Fact]
    public void Disruption_actions_go_only_to_operational_agencies_that_can_escalate_them()
    {
        var data = ReferenceDataLoader.Load(RepositoryPaths.Reference).Data!;
        var owners = data.GetChoiceList("disruption-agencies")!;

        // The partnership business unit oversees and is the top of every ladder; it never owns a disruption action.
        Assert.DoesNotContain(owners, o => o.Key == "partnership");
        Assert.All(owners, owner =>
        {
            Assert.True(data.AgenciesByKey.TryGetValue(owner.Key, out var agency), $"'{owner.Key}' is not an agency in agencies.json.");
            Assert.Equal(agency!.Name, owner.Name);
            // The roles the disruption-action escalation ladder targets in the owning agency (levels 1 to 3).
            Assert.Superset(new HashSet<string>(["team-manager", "agency-manager", "safeguarding-lead"]), agency.Roles.ToHashSet());
        });
        Assert.Contains("partnership-chair", data.AgenciesByKey["partnership"].Roles);
    }

    [Fact]
    public void Broken_reference_files_are_reported_with_file_and_field()
    {
        var folder = Directory.CreateTempSubdirectory("reference-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "agencies.json"), """[ { "key": "Police Force", "name": "Police", "statutory": true, "roles": [] }, { "key": "police", "name": "", "statutory": true, "roles": ["Chief"] } ]""");
            File.WriteAllText(Path.Combine(folder, "facts.json"), """[ { "key": "missing-episodes", "type": "integer", "label": "Missing" } ]""");

            var errors = ReferenceDataLoader.Load(folder).Errors.Select(e => e.Message).ToList();

            Assert.Equal(
                [
                    "In agencies.json, the entry key 'Police Force' must be lower-case words joined by hyphens, like 'childrens-social-care'.",
                    "In agencies.json, entry 'police' has no name or label people can read.",
                    "In agencies.json, the role key 'Chief' must be lower-case words joined by hyphens, like 'childrens-social-care'.",
                    "In facts.json, the entry key 'missing-episodes' must be a camelCase name like 'missingEpisodes'.",
                    "In facts.json, the number fact 'missing-episodes' needs a minimum and a maximum, the minimum no larger than the maximum, so no value can overflow a rule.",
                ],
                errors);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_fact_derived_from_something_other_than_a_number_fact_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("reference-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "agencies.json"), """[ { "key": "police", "name": "Police", "statutory": true, "roles": [] } ]""");
            File.WriteAllText(Path.Combine(folder, "facts.json"), """
                [ { "key": "attendance", "type": "text", "label": "Attendance" },
                  { "key": "persistentAbsence", "type": "boolean", "label": "Persistent absence", "derived": { "from": "attendance", "atMost": 90 } } ]
                """);

            var error = Assert.Single(ReferenceDataLoader.Load(folder).Errors);

            Assert.Equal(("reference.fact-derivation", "facts.json#$[1].derived",
                "In facts.json, 'persistentAbsence' is derived from 'attendance': only a yes/no fact can be derived, and only from a number fact in the catalogue."),
                (error.Code, error.Path, error.Message));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_shipped_absence_facts_follow_from_attendance_as_the_DfE_defines_them()
    {
        var facts = ReferenceDataLoader.Load(RepositoryPaths.Reference).Data!.FactsByKey;

        Assert.Equal(new FactDerivation("attendancePercent", 90), facts["persistentAbsence"].Derived);
        Assert.Equal(new FactDerivation("attendancePercent", 50), facts["severeAbsence"].Derived);
        Assert.Equal((0m, 100m), (facts["attendancePercent"].Minimum, facts["attendancePercent"].Maximum));
    }
}
