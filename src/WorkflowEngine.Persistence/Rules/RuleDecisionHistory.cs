using Microsoft.Data.Sqlite;
using WorkflowEngine.Core.Rules.Shadow;

namespace WorkflowEngine.Persistence.Rules;

/// <summary>Past rule decisions read straight from an engine database file, for tools that run outside the app.</summary>
public static class RuleDecisionHistory
{
    /// <summary>
    /// The decisions in a database file opened read-only: the connection cannot write, so the
    /// file is never changed. A file in write-ahead-log mode should be copied (with its <c>-wal</c>
    /// file) first when the app that owns it is running.
    /// </summary>
    public static IRuleDecisionHistory ReadOnly(string databaseFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseFile);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        return new SqliteRuleDecisionHistory(() =>
        {
            var connection = new SqliteConnection(connectionString);
            connection.Open();
            return connection;
        });
    }
}
