using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Tests.Architecture;

/// <summary>
/// The pages and the API run a command by calling its handler (taken with <c>[FromServices]</c>), so
/// the command's own access check runs on the snapshot it changes, once per request. Read from the
/// compiled web assembly (method bodies, lambdas and async state machines included), so a page
/// that drifts back to <see cref="CaseService"/>'s one-line methods fails here.
/// </summary>
public sealed class PagesCallHandlersTests
{
    private static readonly string[] Guarded = ["WorkflowEngine.Web.Features", "WorkflowEngine.Web.Api"];

    [Fact]
    public void No_page_or_API_controller_runs_a_command_through_CaseService()
    {
        using var module = ModuleDefinition.ReadModule(typeof(PageController).Assembly.Location);
        var calls = (
            from type in module.GetTypes()
            let outermost = Outermost(type)
            where Guarded.Any(ns => outermost.Namespace == ns || outermost.Namespace.StartsWith(ns + ".", StringComparison.Ordinal))
            from method in type.Methods
            where method.HasBody
            from instruction in method.Body.Instructions
            where instruction.OpCode == OpCodes.Call || instruction.OpCode == OpCodes.Callvirt || instruction.OpCode == OpCodes.Ldftn
            let target = instruction.Operand as MethodReference
            where target is not null && target.DeclaringType.FullName == typeof(CaseService).FullName && RunsACommand(target.ReturnType.FullName)
            select $"{outermost.FullName} calls CaseService.{target.Name}").Distinct().ToList();

        Assert.True(calls.Count == 0, "Take the command's handler with [FromServices] and call it (see docs/architecture.md):\n" + string.Join("\n", calls));
    }

    [Fact]
    public void The_rule_tells_CaseService_s_commands_from_its_reads()
    {
        // Without this the test above could pass by recognising nothing.
        var members = typeof(CaseService).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .ToDictionary(m => m.Name, m => RunsACommand(ReturnTypeName(m.ReturnType)), StringComparer.Ordinal);

        Assert.True(members["CompleteTaskAsync"]);
        Assert.True(members["OpenCaseAsync"]);
        Assert.True(members["get_Claim"]);
        Assert.False(members["GetAsync"]);
        Assert.False(members["GetWorkflowDefinitionAsync"]);
        Assert.False(members["ReadJournalAsync"]);
    }

    // A member runs a command when it returns a command's result or hands out a command's handler.
    private static bool RunsACommand(string returnType) =>
        returnType.Contains("WorkflowEngine.Core.Commands.CommandResult", StringComparison.Ordinal)
        || returnType.StartsWith("WorkflowEngine.Core.Runtime.Handlers.", StringComparison.Ordinal);

    // Reflection's generic names carry assembly details that Cecil's do not; the namespaces are what the rule reads.
    private static string ReturnTypeName(Type type) => type.IsGenericType
        ? $"{type.GetGenericTypeDefinition().FullName}<{string.Join(",", type.GetGenericArguments().Select(ReturnTypeName))}>"
        : type.FullName!;

    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }
}
