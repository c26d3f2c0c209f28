using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Tasks;

/// <summary>
/// The referral as the task page shows it, in words: who raised it and when, whether it was
/// urgent, the concern, and each case fact under its catalogue label (yes/no, numbers, choices).
/// Facts the catalogue does not know are left out rather than shown as raw keys.
/// </summary>
public static class ReferralWords
{
    /// <summary>The referral's rows, key then value.</summary>
    public static IReadOnlyList<(string Key, string Value)> Of(CaseState state, ReferenceData reference, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(reference);
        var contact = state.Contact;
        var agency = reference.AgenciesByKey.TryGetValue(contact.ReferrerAgency, out var a) ? a.Name : contact.ReferrerAgency;
        var rows = new List<(string, string)>
        {
            ("Referred by", $"{contact.Referrer}, {agency}"),
            ("Received", DueWords.When(state.OpenedAt, calendar)),
            ("Urgent", contact.Urgent ? "Yes: risk of immediate harm" : "No"),
            ("Concern", contact.Concern),
        };
        foreach (var (key, value) in state.Facts)
        {
            // The contact's own facts are already shown above, in words.
            if (key is "urgent" or "referrerAgency")
            {
                continue;
            }

            if (reference.FactsByKey.TryGetValue(key, out var fact) && Words(value, reference) is { Length: > 0 } words)
            {
                rows.Add((fact.Label, words));
            }
        }

        return rows;
    }

    private static string Words(JsonNode? value, ReferenceData reference) => value switch
    {
        null => string.Empty,
        JsonArray array => string.Join(", ", array.Select(v => Words(v, reference)).Where(w => w.Length > 0)),
        JsonValue v when v.TryGetValue<bool>(out var yes) => yes ? "Yes" : "No",
        JsonValue v when v.TryGetValue<decimal>(out var number) => number.ToString("0.##", CultureInfo.GetCultureInfo("en-GB")),
        JsonValue v when v.TryGetValue<string>(out var text) => Named(text, reference),
        _ => value.ToString(),
    };

    // A key the reference data names (an agency, or an item of exactly one choice list, such as a
    // disruption measure or a risk level) is shown by its name; anything else as it was written.
    private static string Named(string text, ReferenceData reference)
    {
        if (reference.AgenciesByKey.TryGetValue(text, out var agency))
        {
            return agency.Name;
        }

        var named = reference.ChoiceLists.Values.Select(list => list.FirstOrDefault(i => i.Key == text)).OfType<ReferenceItem>().ToList();
        return named.Count == 1 ? named[0].Name : text;
    }
}
