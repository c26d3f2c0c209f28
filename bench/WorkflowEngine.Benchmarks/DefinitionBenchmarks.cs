using BenchmarkDotNet.Attributes;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Load.Hosting;

namespace WorkflowEngine.Benchmarks;

/// <summary>
/// Publishing-time work on the shipped <c>cce-referral.json</c>: reading (syntax and JSON Schema),
/// semantic validation, and compiling a stored version for the runtime (deserialise and configure
/// the Stateless stage machine), which happens once per version per process.
/// </summary>
[MemoryDiagnoser]
public class DefinitionBenchmarks
{
    private string _json = string.Empty;
    private WorkflowDefinition _definition = null!;
    private DefinitionValidationContext _context = null!;
    private InMemoryDocuments _documents = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Path;
        _json = File.ReadAllText(Path.Combine(root, "workflows", "cce-referral.json"));
        _definition = WorkflowDefinitionReader.Read(_json).Definition!;
        var reference = ReferenceDataLoader.Load(Path.Combine(root, "reference")).Data!;
        var calendars = CalendarCatalogue.Load(Path.Combine(root, "reference")).Catalogue!;
        _context = DefinitionValidationContext.FromReference(
            reference,
            Directory.GetFiles(Path.Combine(root, "rules"), "*.json").Select(Path.GetFileNameWithoutExtension)!,
            Directory.GetFiles(Path.Combine(root, "workflows"), "*.json").Select(Path.GetFileNameWithoutExtension)!,
            calendars.Calendars.Keys,
            calendars.Panels.Keys);
        if (WorkflowDefinitionValidator.Validate(_definition, _context).Count > 0)
        {
            throw new InvalidOperationException("cce-referral.json does not validate in the benchmark's context.");
        }

        _documents = new InMemoryDocuments(InMemoryDocuments.Published(DocumentKind.Workflow, "cce-referral", WorkflowDefinitionReader.Write(_definition)));
    }

    [Benchmark]
    public DefinitionReadResult Read() => WorkflowDefinitionReader.Read(_json);

    [Benchmark]
    public int Validate() => WorkflowDefinitionValidator.Validate(_definition, _context).Count;

    /// <summary>A fresh catalogue each time, so every call deserialises and compiles the Stateless machine.</summary>
    [Benchmark]
    public Task<WorkflowDefinition?> Compile() => new WorkflowCatalogue(_documents).GetDefinitionAsync("cce-referral", 1);
}
