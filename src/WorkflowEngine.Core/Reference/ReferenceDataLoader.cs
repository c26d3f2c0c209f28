using System.Text.Json;
using System.Text.RegularExpressions;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Reference;

/// <summary>
/// Reads <c>agencies.json</c>, <c>facts.json</c> and <c>lists/*.json</c> from the reference folder,
/// reporting every problem at once with the file and field at fault.
/// </summary>
public static partial class ReferenceDataLoader
{
    /// <summary>Loads and checks the reference data.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static ReferenceDataLoadResult Load(string referenceDirectory)
    {
        if (!Directory.Exists(referenceDirectory))
        {
            throw new DirectoryNotFoundException($"The reference folder '{referenceDirectory}' does not exist.");
        }

        var errors = new List<ValidationError>();
        var agencies = Read<List<Agency>>(referenceDirectory, "agencies.json", errors) ?? [];
        var facts = Read<List<FactDefinition>>(referenceDirectory, "facts.json", errors) ?? [];
        var lists = new Dictionary<string, IReadOnlyList<ReferenceItem>>(StringComparer.Ordinal);
        var factKeys = facts.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var listFolder = Path.Combine(referenceDirectory, "lists");
        foreach (var path in Directory.Exists(listFolder) ? Directory.EnumerateFiles(listFolder, "*.json").Order(StringComparer.Ordinal).ToList() : [])
        {
            var file = "lists/" + Path.GetFileName(path);
            var list = Read<ReferenceList>(referenceDirectory, file, errors);
            if (list is null)
            {
                continue;
            }

            CheckKey(list.Key, KebabCase(), file, "$.key", "list", errors);
            if (list.Key == ReferenceData.AgenciesList)
            {
                errors.Add(new("reference.reserved-list", $"{file}#$.key", $"In {file}, 'agencies' is a built-in list; give this list another key."));
            }
            else if (!lists.TryAdd(list.Key, list.Items))
            {
                errors.Add(new("reference.duplicate-key", $"{file}#$.key", $"In {file}, the list key '{list.Key}' is used by another list."));
            }

            CheckItems(list.Items.Select(i => (i.Key, i.Name)).ToList(), file, "$.items", KebabCase(), errors);
            ItemConditionChecks.Check(list.Items, factKeys, file, errors);
        }

        CheckItems(agencies.Select(a => (a.Key, a.Name)).ToList(), "agencies.json", "$", KebabCase(), errors);
        for (var i = 0; i < agencies.Count; i++)
        {
            foreach (var role in agencies[i].Roles)
            {
                CheckKey(role, KebabCase(), "agencies.json", $"$[{i}].roles", "role", errors);
            }
        }

        CheckLadders(agencies, errors);
        CheckItems(facts.Select(f => (f.Key, f.Label)).ToList(), "facts.json", "$", CamelCase(), errors);
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            if (fact.IsNumber && (fact.Minimum is null || fact.Maximum is null || fact.Minimum > fact.Maximum))
            {
                errors.Add(new("reference.fact-range", $"facts.json#$[{i}]",
                    $"In facts.json, the number fact '{fact.Key}' needs a minimum and a maximum, the minimum no larger than the maximum, so no value can overflow a rule."));
            }
        }
        CheckDerivations(facts, errors);
        return errors.Count > 0 ? new(null, errors) : new(new ReferenceData(agencies, lists, facts), errors);
    }

    private static void CheckDerivations(List<FactDefinition> facts, List<ValidationError> errors)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i].Derived is not { } derived)
            {
                continue;
            }

            var source = facts.FirstOrDefault(f => f.Key == derived.From);
            if (facts[i].Type != FactType.Boolean || source is null || !source.IsNumber)
            {
                errors.Add(new("reference.fact-derivation", $"facts.json#$[{i}].derived",
                    $"In facts.json, '{facts[i].Key}' is derived from '{derived.From}': only a yes/no fact can be derived, and only from a number fact in the catalogue."));
            }
        }
    }

    private static T? Read<T>(string directory, string file, List<ValidationError> errors)
        where T : class
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            errors.Add(new("reference.missing-file", file, $"The reference file {file} is missing."));
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), EngineJson.Options)
                ?? throw new JsonException("The file is empty.");
        }
        catch (JsonException ex)
        {
            errors.Add(new("reference.invalid-file", $"{file}#{ex.Path ?? "$"}", $"{file} cannot be read at {ex.Path ?? "the start"}: {ex.Message}"));
            return null;
        }
    }

    private static void CheckItems(List<(string Key, string Name)> items, string file, string path, Regex format, List<ValidationError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var (key, name) = items[i];
            CheckKey(key, format, file, $"{path}[{i}].key", "entry", errors);
            if (key is not null && !seen.Add(key))
            {
                errors.Add(new("reference.duplicate-key", $"{file}#{path}[{i}].key", $"In {file}, the key '{key}' appears twice. Each entry needs its own key."));
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add(new("reference.empty-name", $"{file}#{path}[{i}]", $"In {file}, entry '{key}' has no name or label people can read."));
            }
        }
    }

    private static void CheckKey(string? key, Regex format, string file, string path, string what, List<ValidationError> errors)
    {
        if (key is null || !format.IsMatch(key))
        {
            var style = format == CamelCase() ? "a camelCase name like 'missingEpisodes'" : "lower-case words joined by hyphens, like 'childrens-social-care'";
            errors.Add(new("reference.bad-key", $"{file}#{path}", $"In {file}, the {what} key '{key}' must be {style}."));
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex CamelCase();

    private sealed record ReferenceList(string Key, string Name, IReadOnlyList<ReferenceItem> Items);

    // A default ladder climbs one level at a time, counts working days, and goes to roles that exist.
    private static void CheckLadders(List<Agency> agencies, List<ValidationError> errors)
    {
        var byKey = agencies.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        for (var i = 0; i < agencies.Count; i++)
        {
            var ladder = agencies[i].Escalation ?? [];
            for (var r = 0; r < ladder.Count; r++)
            {
                var rung = ladder[r];
                var path = $"agencies.json#$[{i}].escalation[{r}]";
                if (rung.Level != r + 1)
                {
                    errors.Add(new("reference.ladder-order", path + ".level",
                        $"In agencies.json, {agencies[i].Name}'s escalation ladder must climb one level at a time from 1; rung {r + 1} says level {rung.Level}."));
                }

                if (rung.After.WorkingDays is not >= 0 || rung.After.Duration is not null || rung.After.BeforeNextPanel is not null)
                {
                    errors.Add(new("reference.ladder-clock", path + ".after",
                        $"In agencies.json, level {rung.Level} of {agencies[i].Name}'s escalation ladder must say after how many working days it fires."));
                }

                var targetKey = rung.Target.Agency ?? agencies[i].Key;
                if (!byKey.TryGetValue(targetKey, out var target))
                {
                    errors.Add(new("reference.ladder-agency", path + ".target.agency",
                        $"In agencies.json, level {rung.Level} of {agencies[i].Name}'s escalation ladder goes to '{targetKey}', which is not an agency in the list."));
                }
                else if (!target.Roles.Contains(rung.Target.Role))
                {
                    errors.Add(new("reference.ladder-role", path + ".target.role",
                        $"In agencies.json, level {rung.Level} of {agencies[i].Name}'s escalation ladder goes to role '{rung.Target.Role}', which {target.Name} does not have."));
                }
            }
        }
    }
}
