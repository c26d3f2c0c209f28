namespace WorkflowEngine.Web.Tests;

/// <summary>The web app as <see cref="WebAppFactory"/> runs it, on a fresh database of the test PostgreSQL server.</summary>
public sealed class PostgreSqlWebAppFactory : WebAppFactory
{
    protected override bool OnPostgreSql => true;

    /// <summary>A second node on the database of <paramref name="first"/> (started already), with a name of its own; the first node's disposal drops the database.</summary>
    public static PostgreSqlWebAppFactory Joining(WebAppFactory first, string nodeName)
    {
        ArgumentNullException.ThrowIfNull(first);
        var node = new PostgreSqlWebAppFactory
        {
            JoinedPostgreSqlDatabase = first.PostgreSqlConnectionString
                ?? throw new InvalidOperationException("Start the first node (create a client) before a second joins its database."),
        };
        node.Settings["Node:Name"] = nodeName;
        return node;
    }
}
