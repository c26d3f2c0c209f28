namespace WorkflowEngine.Core.Definitions;

/// <summary>
/// What a workflow may refer to outside itself: the partnership's agencies and their roles, rule
/// sets, other workflows, choice lists, calendars and panel schedules. Built from the reference
/// data by the factories beside it in <c>Reference</c> (<c>DefinitionValidationContexts</c>), so
/// definitions depend on nothing of the reference folder.
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
    /// <summary>Name of the built-in choice list that offers the agencies.</summary>
    public const string AgenciesList = "agencies";

    /// <summary>Facts of the catalogue by key and type, for field defaults; null when not known (then defaults are not checked against it).</summary>
    public IReadOnlyDictionary<string, FactType>? Facts { get; init; }

    /// <summary>Whether a choice list of that name exists; <c>agencies</c> always does.</summary>
    /// <param name="name">The list's name.</param>
    public bool HasChoiceList(string name) => name == AgenciesList || ChoiceLists.Contains(name);
}
