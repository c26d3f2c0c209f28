using System.Text.Json.Nodes;

namespace WorkflowEngine.Web.Api.Cases;

/// <summary>A contact: a concern about a child, which opens a case.</summary>
/// <param name="Workflow">The workflow to run; <c>cce-referral</c> when not given.</param>
/// <param name="Child">The child.</param>
/// <param name="Contact">Who raised it and what they saw.</param>
/// <param name="Facts">Indicator facts, keyed by the fact catalogue (<c>GET /api/facts</c>).</param>
public sealed record OpenCaseRequest([TextLimit(TextLimits.Key)] string? Workflow, ChildRequest? Child, ContactRequest? Contact, JsonObject? Facts);
