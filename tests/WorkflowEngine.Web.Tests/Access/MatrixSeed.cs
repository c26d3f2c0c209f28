namespace WorkflowEngine.Web.Tests.Access;

/// <summary>The seeded case the matrix calls against: its open task, an escalation of it, and the agencies involved.</summary>
public sealed record MatrixSeed(Guid CaseId, string ChildName, Guid TaskId, string TaskAgency, Guid EscalationId, string EscalationAgency, IReadOnlySet<string> InvolvedAgencies)
{
    /// <summary>Whether the caller may see the case (need to know).</summary>
    public bool Sees(MatrixCaller caller) => caller.SeesEverything || InvolvedAgencies.Contains(caller.Agency);
}
