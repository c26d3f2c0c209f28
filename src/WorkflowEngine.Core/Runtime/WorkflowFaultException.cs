namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// A published workflow cannot go on as written (for example its automatic stages loop, or a rule
/// set chose an agency that does not exist). Nothing of the command is saved.
/// </summary>
public sealed class WorkflowFaultException : Exception
{
    /// <summary>Creates the fault.</summary>
    public WorkflowFaultException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the fault.</summary>
    public WorkflowFaultException()
    {
    }

    /// <summary>Creates the fault.</summary>
    public WorkflowFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
