using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Rules.Examples;

/// <summary>An examples file read and checked: the examples, or every problem found.</summary>
/// <param name="Set">The examples, when the file has no problems.</param>
/// <param name="Errors">Every problem, each with its JSON path.</param>
public sealed record RuleExamplesReadResult(RuleExampleSet? Set, IReadOnlyList<ValidationError> Errors);
