using Microsoft.AspNetCore.Authorization;
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

    /// <summary>
    /// The examples stored with a version, exactly as the examples file holds them
    /// (<c>rules/{key}.examples.json</c>): the export of a version's examples.
    /// </summary>
    /// <response code="404">There is no such version, or it has no examples.</response>
    [HttpGet("{key}/versions/{version:int}/examples")]
    [Produces("application/json")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Examples(string key, int version, CancellationToken cancellationToken)
    {
        var document = await Documents.GetAsync(Kind, key, version, cancellationToken);
        return document?.Examples is null
            ? NotFoundProblem($"'{key}' has no version {version} with examples.")
            : Content(document.Examples, "application/json");
    }

    /// <summary>
    /// Stores examples with the rule set's draft (a new draft of the latest rules when there is
    /// none), in the examples file's format. They must read cleanly; they need not pass until the
    /// draft is published. Leads and admins.
    /// </summary>
    /// <response code="400">The examples have problems, each named by its JSON path.</response>
    /// <response code="403">Only leads and admins change rule sets.</response>
    /// <response code="404">There is no such rule set.</response>
    [HttpPut("{key}/examples")]
    [Authorize(Roles = Writers)]
    [Consumes("application/json")]
    [ProducesResponseType<DocumentSummaryResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<DocumentSummaryResponse>> SaveExamples(string key, [FromBody] System.Text.Json.JsonElement examples, CancellationToken cancellationToken) =>
        FromCommand(await Management.SaveExamplesAsync(key, examples.GetRawText(), Caller.UserName, cancellationToken), DocumentSummaryResponse.From);

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
            return Invalid("rules.fault", fault.Fact is null ? "$.facts" : $"$.facts.{fault.Fact}", fault.Message);
        }
    }
}
