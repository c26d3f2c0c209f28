using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Reference;

/// <summary>
/// Builds a <see cref="DefinitionValidationContext"/> from agencies and reference data. It lives
/// here rather than beside the context so that Definitions never depends on Reference (Reference
/// uses Definitions for an agency's default escalation ladder); as static extension members the
/// factories read as the context's own (<c>DefinitionValidationContext.FromReference(...)</c>).
/// </summary>
public static class DefinitionValidationContexts
{
    extension(DefinitionValidationContext)
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
            return DefinitionValidationContext.Create(
                reference.Agencies,
                ruleSets,
                workflows,
                reference.ChoiceLists.Keys.Append(ReferenceData.AgenciesList),
                calendars,
                panels) with { Facts = reference.Facts.ToDictionary(f => f.Key, f => f.Type, StringComparer.Ordinal) };
        }
    }

    private static HashSet<string> ToSet(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.ToHashSet(StringComparer.Ordinal);
    }
}
