using System.Text.Json.Serialization;

namespace WorkflowEngine.Web.Features.Designer;

/// <summary>
/// A stored document's JSON written into a response as it is stored (property order, numbers,
/// unknown settings such as <c>designer</c> layout kept), not re-serialised through the model.
/// </summary>
/// <param name="Text">The JSON text.</param>
[JsonConverter(typeof(RawJsonConverter))]
public sealed record RawJson(string Text);
