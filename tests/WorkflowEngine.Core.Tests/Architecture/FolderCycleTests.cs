using NetArchTest.Rules;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Core.Tests.Architecture;

/// <summary>
/// Core's folders (namespaces) layer: a folder may use the folders below it, never one that uses
/// it back. The dependencies are read from the compiled assembly (method bodies included), so a
/// fully qualified name or a <c>using</c> alias cannot hide one.
/// </summary>
public sealed class FolderCycleTests
{
    private const string Root = "WorkflowEngine.Core";

    [Fact]
    public void No_folder_of_Core_depends_on_a_folder_that_depends_on_it()
    {
        var found = Cycles();

        Assert.Empty(found);
    }

    [Fact]
    public void The_new_leases_folder_sits_at_the_bottom_and_uses_no_other_folder()
    {
        var dependencies = Folders().Where(f => f != "Leases").Where(f => DependsOn("Leases", f)).ToList();

        Assert.Empty(dependencies);
    }

    // Folders that reach each other (through any path) are in one cycle.
    private static List<string> Cycles()
    {
        var folders = Folders();
        var n = folders.Count;
        var reach = new bool[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                reach[a, b] = a != b && DependsOn(folders[a], folders[b]);
            }
        }

        for (var k = 0; k < n; k++)
        {
            for (var a = 0; a < n; a++)
            {
                for (var b = 0; b < n; b++)
                {
                    reach[a, b] |= reach[a, k] && reach[k, b];
                }
            }
        }

        var groups = new SortedSet<string>(StringComparer.Ordinal);
        for (var a = 0; a < n; a++)
        {
            var group = Enumerable.Range(0, n).Where(b => b == a || (reach[a, b] && reach[b, a])).Select(b => folders[b]).ToList();
            if (group.Count > 1)
            {
                groups.Add(string.Join(", ", group));
            }
        }

        return [.. groups];
    }

    private static List<string> Folders() =>
        [.. typeof(CaseService).Assembly.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith(Root + ".", StringComparison.Ordinal))
            .Select(n => n[(Root.Length + 1)..].Split('.')[0])
            .Distinct()
            .Order(StringComparer.Ordinal)];

    private static bool DependsOn(string from, string to) =>
        Types.InAssembly(typeof(CaseService).Assembly)
            .That().ResideInNamespace($"{Root}.{from}")
            .And().HaveDependencyOn($"{Root}.{to}")
            .GetTypes().Any();
}
