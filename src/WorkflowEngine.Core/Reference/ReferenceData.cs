using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Reference;

/// <summary>
/// The partnership's reference data: agencies, choice lists (such as the disruption-measure
/// taxonomy) and the fact catalogue. Loaded from <c>reference/</c>; all of it is data, not code.
/// </summary>
public sealed class ReferenceData
{
    /// <summary>Name of the built-in choice list that offers the agencies.</summary>
    public const string AgenciesList = DefinitionValidationContext.AgenciesList;

    /// <summary>Creates the reference data.</summary>
    public ReferenceData(
        IReadOnlyList<Agency> agencies,
        IReadOnlyDictionary<string, IReadOnlyList<ReferenceItem>> choiceLists,
        IReadOnlyList<FactDefinition> facts)
    {
        Agencies = agencies;
        ChoiceLists = choiceLists;
        Facts = facts;
        AgenciesByKey = agencies.ToDictionary(a => a.Key, StringComparer.Ordinal);
        FactsByKey = facts.ToDictionary(f => f.Key, StringComparer.Ordinal);
    }

    /// <summary>The agencies.</summary>
    public IReadOnlyList<Agency> Agencies { get; }

    /// <summary>The agencies by key.</summary>
    public IReadOnlyDictionary<string, Agency> AgenciesByKey { get; }

    /// <summary>Named choice lists, e.g. <c>disruption-measures</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ReferenceItem>> ChoiceLists { get; }

    /// <summary>The fact catalogue.</summary>
    public IReadOnlyList<FactDefinition> Facts { get; }

    /// <summary>The fact catalogue by key.</summary>
    public IReadOnlyDictionary<string, FactDefinition> FactsByKey { get; }

    /// <summary>The choices of a named list; <c>agencies</c> is built in.</summary>
    public IReadOnlyList<ReferenceItem>? GetChoiceList(string name) =>
        name == AgenciesList
            ? Agencies.Select(a => new ReferenceItem(a.Key, a.Name)).ToList()
            : ChoiceLists.GetValueOrDefault(name);
}
