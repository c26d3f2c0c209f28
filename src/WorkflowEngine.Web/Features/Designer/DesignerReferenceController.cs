using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.Designer;

/// <summary>
/// What the workflow designer's simulator and the rule-set editor offer as answers and completions:
/// the fact catalogue, the choice lists with their entries, the agencies, and the functions rule
/// expressions may use (the sandbox's own allow-list, read only). Anyone signed in, by cookie.
/// </summary>
public sealed class DesignerReferenceController(ReferenceData reference) : PageController
{
    /// <summary>Where the front end reads it.</summary>
    public const string Address = "/designer/reference";

    /// <summary>The fact catalogue, the choice lists, the agencies and the allowed rule functions.</summary>
    [HttpGet(Address)]
    public IActionResult Reference() => Ok(new DesignerReferenceResponse(
        [.. reference.Facts.Select(f => new FactOption(f.Key, JsonNamingPolicy.CamelCase.ConvertName(f.Type.ToString()), f.Label, f.Description))],
        [.. reference.ChoiceLists.Keys.Append(ReferenceData.AgenciesList).Distinct().Order(StringComparer.Ordinal)
            .Select(key => new ChoiceListOption(key, [.. reference.GetChoiceList(key)!.Select(i => new ChoiceItemOption(i.Key, i.Name))]))],
        [.. reference.Agencies.Select(a => new AgencyOption(a.Key, a.Name, [.. a.Roles.Select(RoleOption.From)]))],
        [.. AllowedRuleFunctions.All.Select(f => new RuleFunctionOption(f.On, f.Name, f.IsProperty, f.Description))],
        DesignerTextLimits.Engine));
}
