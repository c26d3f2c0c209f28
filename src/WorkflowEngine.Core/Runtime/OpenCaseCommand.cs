using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;

namespace WorkflowEngine.Core.Runtime;

/// <summary>A contact: a concern about a named child, which opens a case.</summary>
/// <param name="WorkflowKey">The workflow to run, e.g. <c>cce-referral</c>.</param>
/// <param name="Child">The child.</param>
/// <param name="Contact">Who raised it and what they saw.</param>
/// <param name="Facts">Indicator facts (catalogue keys only), e.g. <c>{"missingEpisodes": 3}</c>.</param>
/// <param name="Actor">Who records the contact.</param>
/// <param name="ChildId">The child's identity when already known (links tracks); a new one otherwise.</param>
public sealed record OpenCaseCommand(
    string WorkflowKey,
    ChildDetails Child,
    ContactDetails Contact,
    JsonObject Facts,
    string Actor,
    Guid? ChildId = null);
