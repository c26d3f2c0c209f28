using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Web.Features.Library;

/// <summary>The library: every workflow and rule set with its versions, newest first.</summary>
/// <param name="Workflows">Each workflow's versions.</param>
/// <param name="RuleSets">Each rule set's versions.</param>
public sealed record LibraryView(IReadOnlyList<IReadOnlyList<StoredDocument>> Workflows, IReadOnlyList<IReadOnlyList<StoredDocument>> RuleSets);
