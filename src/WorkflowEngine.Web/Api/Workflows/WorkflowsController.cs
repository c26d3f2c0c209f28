using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Web.Api.Definitions;

namespace WorkflowEngine.Web.Api.Workflows;

/// <summary>Workflow definitions: list, versions, get, draft, validate, publish, retire, and the Mermaid diagram.</summary>
[Route("api/workflows")]
public sealed class WorkflowsController(IDocumentStore documents, DefinitionPublisher publisher, DefinitionManagement management) : DefinitionsController(documents, publisher, management)
{
    /// <inheritdoc />
    protected override DocumentKind Kind => DocumentKind.Workflow;

    /// <inheritdoc />
    protected override string KeyProperty => "key";

    /// <summary>The version drawn as a Mermaid <c>stateDiagram-v2</c>, optionally with one stage picked out.</summary>
    /// <param name="key">The workflow.</param>
    /// <param name="version">The version.</param>
    /// <param name="highlight">A stage key to pick out, e.g. the one a case is in.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <response code="400">The stage to pick out is not in the workflow.</response>
    /// <response code="404">There is no such version.</response>
    [HttpGet("{key}/versions/{version:int}/diagram")]
    [Produces("text/plain", "application/problem+json")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/plain")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Diagram(string key, int version, string? highlight, CancellationToken cancellationToken)
    {
        var document = await Documents.GetAsync(Kind, key, version, cancellationToken);
        var definition = document is null ? null : WorkflowDefinitionReader.Read(document.Content).Definition;
        if (definition is null)
        {
            return NotFoundProblem($"'{key}' has no version {version}.");
        }

        if (highlight is not null && !definition.Stages.Any(s => s.Key == highlight))
        {
            return Invalid("diagram.unknown-stage", "highlight", $"'{key}' has no stage '{highlight}'.");
        }

        return Content(MermaidExporter.Export(definition, highlight), "text/plain; charset=utf-8");
    }
}
