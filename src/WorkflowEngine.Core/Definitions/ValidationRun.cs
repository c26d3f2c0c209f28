using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Definitions;

/// <summary>One validation of one definition: what it is checked against and the problems found so far.</summary>
internal sealed class ValidationRun
{
    private readonly List<ValidationError> errors = [];

    public ValidationRun(WorkflowDefinition definition, DefinitionValidationContext context)
    {
        Definition = definition;
        Context = context;
        var stages = new Dictionary<string, StageDefinition>(StringComparer.Ordinal);
        foreach (var stage in definition.Stages)
        {
            stages.TryAdd(stage.Key, stage);
        }

        StagesByKey = stages;
    }

    public WorkflowDefinition Definition { get; }

    public DefinitionValidationContext Context { get; }

    /// <summary>The stages by key; where a key is repeated, the first stage with it.</summary>
    public IReadOnlyDictionary<string, StageDefinition> StagesByKey { get; }

    public IReadOnlyList<ValidationError> Errors => errors;

    public void Add(string code, string path, string message) => errors.Add(new ValidationError(code, path, message));

    /// <summary>Known keys for a message, e.g. "england-and-wales, wales-only".</summary>
    public static string List(IEnumerable<string> keys)
    {
        var sorted = keys.Order(StringComparer.Ordinal).ToList();
        return sorted.Count == 0 ? "(none are set up yet)" : string.Join(", ", sorted);
    }
}
