namespace WorkflowEngine.Web.Features.Cases;

/// <summary>A case document as the case page lists it.</summary>
/// <param name="Link">Where it is downloaded from.</param>
/// <param name="FileName">Its name.</param>
/// <param name="Size">Its size in words, e.g. 120 KB.</param>
/// <param name="By">Who attached it, by display name.</param>
/// <param name="Agency">The agency they attached it for.</param>
/// <param name="When">When it was attached, in words.</param>
public sealed record DocumentLine(string Link, string FileName, string Size, string By, string Agency, string When);
