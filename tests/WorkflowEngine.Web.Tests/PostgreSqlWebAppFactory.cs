namespace WorkflowEngine.Web.Tests;

/// <summary>The web app as <see cref="WebAppFactory"/> runs it, on a fresh database of the test PostgreSQL server.</summary>
public sealed class PostgreSqlWebAppFactory : WebAppFactory
{
    protected override bool OnPostgreSql => true;
}
