using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Tests;
using WorkflowEngine.Core.Validation;
using Xunit.Abstractions;

namespace WorkflowEngine.Fuzz.Tests;

/// <summary>
/// Core's validators called directly with generated documents: they never throw, and every
/// problem they return has a code, a path and a sentence.
/// </summary>
public sealed class CoreValidatorFuzzTests(ITestOutputHelper output)
{
    private static readonly ReferenceData Reference = ReferenceDataLoader.Load(RepositoryPaths.Reference).Data!;

    [Fact]
    public async Task The_rule_set_validator_returns_problems_for_any_document_and_never_throws()
    {
        var validator = new RuleSetValidator(Reference);
        var refused = 0;
        await FuzzRun.ForEach(DefinitionPayloads.RuleSet, FuzzRun.Share(1.0), json =>
        {
            var errors = validator.Validate(json);
            AssertWellFormed(errors);
            refused += errors.Count > 0 ? 1 : 0;
        }, nameof(The_rule_set_validator_returns_problems_for_any_document_and_never_throws));
        output.WriteLine($"{FuzzRun.Share(1.0)} rule sets; {refused} refused.");
    }

    [Fact]
    public async Task The_workflow_reader_and_validator_return_problems_for_any_document_and_never_throw()
    {
        var context = DefinitionValidationContext.FromReference(
            Reference,
            Directory.GetFiles(RepositoryPaths.Rules, "*.json").Select(Path.GetFileNameWithoutExtension)!,
            Directory.GetFiles(RepositoryPaths.Workflows, "*.json").Select(Path.GetFileNameWithoutExtension)!,
            ["england-and-wales"],
            ["mace"]);
        var refused = 0;
        await FuzzRun.ForEach(DefinitionPayloads.Workflow, FuzzRun.Share(1.0), json =>
        {
            var read = WorkflowDefinitionReader.Read(json);
            AssertWellFormed(read.Errors);
            var errors = read.Definition is null ? read.Errors : WorkflowDefinitionValidator.Validate(read.Definition, context);
            AssertWellFormed(errors);
            refused += errors.Count > 0 ? 1 : 0;
        }, nameof(The_workflow_reader_and_validator_return_problems_for_any_document_and_never_throw));
        output.WriteLine($"{FuzzRun.Share(1.0)} workflows; {refused} refused.");
    }

    private static void AssertWellFormed(IReadOnlyList<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Code), $"A problem without a code: {error}");
            Assert.False(string.IsNullOrWhiteSpace(error.Path), $"A problem without a path: {error}");
            Assert.False(string.IsNullOrWhiteSpace(error.Message), $"A problem without a message: {error}");
        }
    }
}
