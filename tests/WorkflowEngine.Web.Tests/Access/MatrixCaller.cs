namespace WorkflowEngine.Web.Tests.Access;

/// <summary>A demo user calling in the access matrix: their role, agency, and whether that agency has a task on the seeded case.</summary>
public sealed record MatrixCaller(string UserName, string Role, string Agency, bool Involved)
{
    /// <summary>Leads (the chair among them) and admins see every case.</summary>
    public bool SeesEverything => Role is "lead" or "admin";

    public override string ToString() => $"{UserName} ({Role}, {(Involved ? "involved" : "not involved")})";
}
