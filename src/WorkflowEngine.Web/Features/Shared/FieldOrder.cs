namespace WorkflowEngine.Web.Features.Shared;

/// <summary>
/// The ids of a page's form controls in the order they were drawn, noted by
/// <see cref="FieldOrderTagHelper"/> as the page renders, so the error summary can list the errors in
/// the order of the form (GOV.UK: the summary follows the page) whatever order they were found in.
/// </summary>
public sealed class FieldOrder
{
    private static readonly object ItemKey = new();
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    /// <summary>The page's field order for this request.</summary>
    public static FieldOrder Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(ItemKey, out var found) && found is FieldOrder order)
        {
            return order;
        }

        order = new FieldOrder();
        context.Items[ItemKey] = order;
        return order;
    }

    /// <summary>Notes a control's id; only its first appearance counts.</summary>
    public void Saw(string id) => _positions.TryAdd(id, _positions.Count);

    /// <summary>Where the control with the id comes on the page, or null when it was not drawn.</summary>
    public int? PositionOf(string id) => _positions.TryGetValue(id, out var position) ? position : null;
}
