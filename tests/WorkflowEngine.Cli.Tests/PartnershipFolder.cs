namespace WorkflowEngine.Cli.Tests;

/// <summary>A copy of the repository's workflows/, rules/ and reference/ in a temporary folder, to break on purpose.</summary>
internal sealed class PartnershipFolder : IDisposable
{
    public PartnershipFolder()
    {
        foreach (var folder in new[] { "workflows", "rules", "reference" })
        {
            Copy(Path.Combine(RepositoryRoot, folder), Path.Combine(Root, folder));
        }
    }

    public static string RepositoryRoot { get; } = FindRoot();

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "cli-tests-" + Guid.NewGuid().ToString("N"));

    public void Edit(string file, string find, string replace)
    {
        var path = Path.Combine(Root, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

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
