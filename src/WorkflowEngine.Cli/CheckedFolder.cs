using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Cli;

/// <summary>
/// A partnership's folder (workflows/, rules/, reference/) loaded with the engine's own loaders and
/// validators, as start-up loads it, against no database: every problem with its file and path.
/// </summary>
internal sealed class CheckedFolder
{
    private static readonly string[] Folders = ["workflows", "rules", "reference"];

    private CheckedFolder(string root, ReferenceData? reference, CalendarCatalogue? calendars, IReadOnlyList<ValidationError> referenceProblems)
    {
        Root = root;
        Reference = reference;
        Calendars = calendars;
        ReferenceProblems = referenceProblems;
    }

    public string Root { get; }

    public ReferenceData? Reference { get; }

    public CalendarCatalogue? Calendars { get; }

    /// <summary>Problems in reference/, each path starting with the file under the folder.</summary>
    public IReadOnlyList<ValidationError> ReferenceProblems { get; }

    public string Workflows => Path.Combine(Root, "workflows");

    public string Rules => Path.Combine(Root, "rules");

    /// <summary>Loads the reference data and calendars; null with a sentence when the folder is not a partnership's.</summary>
    public static (CheckedFolder? Folder, string? BadUsage) Load(string root)
    {
        var full = Path.GetFullPath(root);
        var missing = Folders.Where(f => !Directory.Exists(Path.Combine(full, f))).ToList();
        if (!Directory.Exists(full) || missing.Count > 0)
        {
            return (null, $"{full} is not a partnership's folder: it needs {string.Join(", ", missing.Select(m => m + "/"))} beside each other (the repository root has them).");
        }

        var referenceFolder = Path.Combine(full, "reference");
        var problems = new List<ValidationError>();
        var reference = ReferenceDataLoader.Load(referenceFolder);
        problems.AddRange(reference.Errors.Select(e => e with { Path = "reference/" + e.Path }));
        var calendars = CalendarCatalogue.Load(referenceFolder);
        problems.AddRange(calendars.Errors.Select(e => e with { Path = "reference/" + e.Path }));
        return (new CheckedFolder(full, reference.Data, calendars.Catalogue, problems), null);
    }

    /// <summary>The start-up synchroniser over a store with nothing in it: it validates, it never publishes.</summary>
    public CatalogueSynchroniser Synchroniser()
    {
        var documents = new EmptyDocumentStore();
        var validator = new RuleSetValidator(Reference!);
        return new CatalogueSynchroniser(new DefinitionPublisher(documents, validator, Reference!, Calendars!), documents);
    }

    /// <summary>A problem as one line: the file, the path inside it, the sentence.</summary>
    public static string Line(ValidationError problem)
    {
        var at = problem.Path.IndexOf('#', StringComparison.Ordinal);
        return at < 0 ? $"{problem.Path}: {problem.Message}" : $"{problem.Path[..at]} at {problem.Path[(at + 1)..]}: {problem.Message}";
    }
}
