using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Migration;

/// <summary>A checked migration request: its problems, or both compiled versions.</summary>
internal sealed record CheckedMigrationRequest(IReadOnlyList<ValidationError> Errors, CompiledWorkflow? From = null, CompiledWorkflow? To = null);
