using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// A need-to-know check, run on the very case a command is about to change or a read is about to
/// show (one load, so nobody is let through on an older copy of the case than the one changed).
/// </summary>
/// <param name="state">The case as loaded.</param>
/// <param name="task">The command's task, when it has one.</param>
/// <returns>Null to let the caller through; otherwise a sentence saying why not, shown to them.</returns>
public delegate string? CaseAccessCheck(CaseState state, CaseTask? task);
