namespace WorkflowEngine.Persistence.Tests.Scenarios;

/// <summary>The repository's folders, found by walking up from the test binaries to WorkflowEngine.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Reference => Path.Combine(Root, "reference");

    public static string Workflows => Path.Combine(Root, "workflows");

    public static string Rules => Path.Combine(Root, "rules");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WorkflowEngine.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("WorkflowEngine.sln was not found above " + AppContext.BaseDirectory);
    }
}
