using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Api.Definitions;

namespace WorkflowEngine.Web.Api.RuleSets;

/// <summary>Rule sets (Microsoft RulesEngine JSON): list, versions, get, draft, validate, publish, retire, and the test bench.</summary>
[Route("api/rulesets")]
public sealed class RuleSetsController(IDocumentStore documents, DefinitionPublisher publisher, DefinitionManagement management, IRuleEvaluator rules, ReferenceData reference)
    : DefinitionsController(documents, publisher, management)
{
    /// <inheritdoc />
    protected override DocumentKind Kind => DocumentKind.RuleSet;

    /// <inheritdoc />
    protected override string KeyProperty => "WorkflowName";

    /// <summary>Runs the latest published version against sample facts: the decision, the rule that fired, its output and every rule's result.</summary>
    /// <response code="400">A fact is not in the catalogue or not of its type (named by path, e.g. <c>$.facts.missingEpisodes</c>), or a rule failed on these facts.</response>
    /// <response code="404">The rule set has no published version.</response>
    [HttpPost("{key}/evaluate")]
    [ProducesResponseType<EvaluationResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<EvaluationResponse>> Evaluate(string key, EvaluateRequest request, CancellationToken cancellationToken)
    {
        if (await Documents.GetLatestPublishedAsync(Kind, key, cancellationToken) is null)
        {
            return NotFoundProblem($"Rule set '{key}' has no published version.");
        }

        var facts = request.Facts ?? [];
        var wrong = FactValueCheck.Validate(facts, reference);
        if (wrong.Count > 0)
        {
            return Invalid(wrong);
        }

        try
        {
            var decision = await rules.DecideAsync(key, new RuleInputs((System.Text.Json.Nodes.JsonObject)facts.DeepClone(), request.Task, request.Stage), cancellationToken);
            return Ok(EvaluationResponse.From(decision));
        }
        catch (RuleSetFaultException fault)
        {
            // A rule that cannot run on these facts is the sample's problem to show, not a server error.
            return Invalid("rules.fault", "$.facts", fault.Message);
        }
    }
}
