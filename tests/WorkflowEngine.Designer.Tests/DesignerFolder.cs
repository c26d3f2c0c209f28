namespace WorkflowEngine.Designer.Tests;

/// <summary>The designer's source folder and shipped workflows, found by walking up to WorkflowEngine.sln.</summary>
internal static class DesignerFolder
{
    public static string Root { get; } = FindRoot();

    public static string Designer => Path.Combine(Root, "src", "WorkflowEngine.Designer");

    public static IReadOnlyList<string> ShippedWorkflows =>
        [.. Directory.GetFiles(Path.Combine(Root, "workflows"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

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
