using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Web.Features.Library;

/// <summary>A file imported at start-up as a draft, beside the published version it differs from.</summary>
/// <param name="File">The file, e.g. <c>workflows/cce-referral.json</c>.</param>
/// <param name="Draft">The draft holding the file.</param>
/// <param name="Published">The published version in use.</param>
/// <param name="Lines">Every line of both, marked kept, removed (only in the published version) or added (only in the file).</param>
public sealed record FileDifference(string File, int Draft, int Published, IReadOnlyList<DiffLine> Lines);
