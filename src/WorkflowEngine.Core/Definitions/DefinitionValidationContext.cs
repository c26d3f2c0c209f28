using WorkflowEngine.Core.Reference;

namespace WorkflowEngine.Core.Definitions;

/// <summary>
/// What a workflow may refer to outside itself: the partnership's agencies and their roles, rule
/// sets, other workflows, choice lists, calendars and panel schedules.
/// </summary>
/// <param name="Agencies">Agency key to the roles people hold in it.</param>
/// <param name="RuleSets">Keys of the rule sets.</param>
/// <param name="Workflows">Keys of the other workflows that may be started or linked.</param>
/// <param name="ChoiceLists">Names of the reference choice lists; <c>agencies</c> is always known.</param>
/// <param name="Calendars">Keys of the working-day calendars.</param>
/// <param name="Panels">Keys of the panel schedules, e.g. <c>mace</c>.</param>
public sealed record DefinitionValidationContext(
    IReadOnlyDictionary<string, IReadOnlyCollection<string>> Agencies,
    IReadOnlySet<string> RuleSets,
    IReadOnlySet<string> Workflows,
    IReadOnlySet<string> ChoiceLists,
    IReadOnlySet<string> Calendars,
    IReadOnlySet<string> Panels)
{
    /// <summary>Builds a context from plain lists.</summary>
    /// <param name="agencies">The agencies, with their roles.</param>
    /// <param name="ruleSets">Keys of the rule sets.</param>
    /// <param name="workflows">Keys of the other workflows.</param>
    /// <param name="choiceLists">Names of the choice lists.</param>
    /// <param name="calendars">Keys of the calendars.</param>
    /// <param name="panels">Keys of the panel schedules.</param>
    public static DefinitionValidationContext Create(
        IEnumerable<Agency> agencies,
        IEnumerable<string> ruleSets,
        IEnumerable<string> workflows,
        IEnumerable<string> choiceLists,
        IEnumerable<string> calendars,
        IEnumerable<string> panels)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        var roles = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        foreach (var agency in agencies)
        {
            roles[agency.Key] = agency.Roles.ToHashSet(StringComparer.Ordinal);
        }

        return new DefinitionValidationContext(
            roles,
            ToSet(ruleSets),
            ToSet(workflows),
            ToSet(choiceLists),
            ToSet(calendars),
            ToSet(panels));
    }

    /// <summary>Builds a context from the reference data, whose choice lists it takes (with <c>agencies</c>).</summary>
    /// <param name="reference">The partnership's reference data.</param>
    /// <param name="ruleSets">Keys of the rule sets.</param>
    /// <param name="workflows">Keys of the other workflows.</param>
    /// <param name="calendars">Keys of the calendars.</param>
    /// <param name="panels">Keys of the panel schedules.</param>
    public static DefinitionValidationContext FromReference(
        ReferenceData reference,
        IEnumerable<string> ruleSets,
        IEnumerable<string> workflows,
        IEnumerable<string> calendars,
        IEnumerable<string> panels)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Create(
            reference.Agencies,
            ruleSets,
            workflows,
            reference.ChoiceLists.Keys.Append(ReferenceData.AgenciesList),
            calendars,
            panels) with { Facts = reference.Facts.ToDictionary(f => f.Key, f => f.Type, StringComparer.Ordinal) };
    }

    /// <summary>Facts of the catalogue by key and type, for field defaults; null when not known (then defaults are not checked against it).</summary>
    public IReadOnlyDictionary<string, FactType>? Facts { get; init; }

    /// <summary>Whether a choice list of that name exists; <c>agencies</c> always does.</summary>
    /// <param name="name">The list's name.</param>
    public bool HasChoiceList(string name) => name == ReferenceData.AgenciesList || ChoiceLists.Contains(name);

    private static HashSet<string> ToSet(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.ToHashSet(StringComparer.Ordinal);
    }
}
