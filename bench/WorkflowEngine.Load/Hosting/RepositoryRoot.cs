namespace WorkflowEngine.Load.Hosting;

/// <summary>The repository's root (the folder holding WorkflowEngine.sln), found by walking up.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "WorkflowEngine.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("WorkflowEngine.sln was not found above " + AppContext.BaseDirectory);
    }
}
