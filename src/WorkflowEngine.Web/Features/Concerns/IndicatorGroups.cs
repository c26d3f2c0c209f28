using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Concerns;

/// <summary>
/// The catalogue's yes/no facts as groups of checkboxes a referrer can scan. The catalogue is data:
/// a fact this grouping does not know still shows, under "Other indicators".
/// </summary>
public static class IndicatorGroups
{
    /// <summary>Facts the page asks about in their own fields, not as ticked indicators.</summary>
    public static readonly IReadOnlySet<string> AskedElsewhere = new HashSet<string>(StringComparer.Ordinal) { "urgent", "missingEpisodes" };

    private static readonly (string Id, string Legend, string[] Keys)[] Known =
    [
        ("missing", "Going missing", ["foundOutOfArea"]),
        ("education", "Education", ["suspended", "permanentlyExcluded", "persistentAbsence", "severeAbsence", "notInEducation"]),
        ("money-and-associates", "Money, phones and associates", ["unexplainedMoneyOrGifts", "multiplePhones", "olderOrControllingAssociates", "peersOfConcern"]),
        ("offending-and-harm", "Offending, substances and harm", ["arrestedForDrugSupply", "linkedToCountyLine", "carryingWeapons", "substanceMisuse", "unexplainedInjuries", "selfHarm"]),
        ("circumstances", "The child's circumstances", ["lookedAfter", "disclosure"]),
    ];

    /// <summary>The groups, each a checkbox field posting under <c>Indicators</c>.</summary>
    public static IReadOnlyList<FieldView> Fields(ReferenceData reference, IReadOnlyCollection<string> ticked)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var booleans = reference.Facts.Where(f => f.Type == FactType.Boolean && !AskedElsewhere.Contains(f.Key)).ToList();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var fields = new List<FieldView>();
        foreach (var (id, legend, keys) in Known)
        {
            var facts = booleans.Where(f => keys.Contains(f.Key)).ToList();
            placed.UnionWith(facts.Select(f => f.Key));
            if (facts.Count > 0)
            {
                fields.Add(Group(id, legend, facts, ticked));
            }
        }

        var rest = booleans.Where(f => !placed.Contains(f.Key)).ToList();
        if (rest.Count > 0)
        {
            fields.Add(Group("other", "Other indicators", rest, ticked));
        }

        return fields;
    }

    /// <summary>The id of the group a fact's checkbox is in (for errors Core gives on a fact).</summary>
    public static string GroupOf(string factKey) =>
        "indicators-" + (Known.FirstOrDefault(g => g.Keys.Contains(factKey)).Id ?? "other");

    private static FieldView Group(string id, string legend, List<FactDefinition> facts, IReadOnlyCollection<string> ticked) =>
        new("indicators-" + id, legend, null, FormFieldType.MultiChoice, [.. facts.Select(f => new ChoiceOption(f.Key, f.Label))],
            [.. ticked], Required: false, InputName: nameof(ConcernForm.Indicators));
}
