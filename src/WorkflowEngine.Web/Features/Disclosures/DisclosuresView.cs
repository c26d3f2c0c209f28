using WorkflowEngine.Persistence.Disclosures;

namespace WorkflowEngine.Web.Features.Disclosures;

/// <summary>The disclosure log page: the search as typed and the page it found (none when the search was refused).</summary>
/// <param name="CaseReference">The case reference searched for.</param>
/// <param name="Person">The person searched for.</param>
/// <param name="Found">The page found, with the totals.</param>
/// <param name="Lines">The page's views.</param>
public sealed record DisclosuresView(string? CaseReference, string? Person, DisclosurePage? Found, IReadOnlyList<DisclosureLine> Lines)
{
    /// <summary>The address of another page of the same search.</summary>
    public string PageLink(int page)
    {
        var query = new List<string>();
        if (CaseReference is not null)
        {
            query.Add("case=" + Uri.EscapeDataString(CaseReference));
        }

        if (Person is not null)
        {
            query.Add("person=" + Uri.EscapeDataString(Person));
        }

        query.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/admin/disclosures?" + string.Join("&", query);
    }
}
