using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Web.Features.Shared;

/// <summary>
/// A workflow's name as people know it ("Missing from home episode"), for pages that list cases
/// of several workflows; its key when nothing is published under it. Asked once per key a request.
/// </summary>
public sealed class WorkflowNames(WorkflowCatalogue workflows)
{
    private readonly Dictionary<string, string> _known = new(StringComparer.Ordinal);

    /// <summary>The name of the latest version of the workflow with this key.</summary>
    public async Task<string> OfAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_known.TryGetValue(key, out var name))
        {
            name = (await workflows.GetLatestDefinitionAsync(key, cancellationToken))?.Name ?? key;
            _known[key] = name;
        }

        return name;
    }
}
