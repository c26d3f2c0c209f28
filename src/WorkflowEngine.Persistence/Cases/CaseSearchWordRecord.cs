namespace WorkflowEngine.Persistence.Cases;

/// <summary>
/// One word a case is found by in the inbox search: a word of its child's name (folded to lower
/// case without accents, so "Zoë" is found by "zoe") or its reference (see <see cref="CaseSearchWords"/>).
/// The store writes them with the case, so a search reads an index range rather than every case's name.
/// </summary>
internal sealed class CaseSearchWordRecord
{
    public Guid CaseId { get; set; }

    public string Word { get; set; } = string.Empty;
}
