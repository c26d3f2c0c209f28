namespace WorkflowEngine.Persistence.Measures;

/// <summary>Whether a MACE case meets each of the four MACE shares.</summary>
internal sealed class MaceFlags
{
    public bool Measure { get; init; }

    public bool Intelligence { get; init; }

    public bool Nrm { get; init; }

    public bool EducationKnown { get; init; }
}
