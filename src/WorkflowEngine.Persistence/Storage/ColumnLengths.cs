namespace WorkflowEngine.Persistence.Storage;

/// <summary>
/// Column lengths. SQLite ignores them; they matter to providers with sized text types (PostgreSQL).
/// </summary>
internal static class ColumnLengths
{
    public const int Key = 200;
    public const int Status = 20;
    public const int Name = 200;
    public const int Text = 2000;
    public const int Hash = 64;
}
