namespace WorkflowEngine.Web.Tests.Operations;

/// <summary>A span as the test collector received it: its trace, its own id, its parent's (empty for a root), its name, the source that made it and its text attributes.</summary>
internal sealed record ReceivedSpan(string TraceId, string SpanId, string ParentSpanId, string Name, string Scope, IReadOnlyDictionary<string, string> Attributes);
