using Mono.Cecil;
using Mono.Cecil.Cil;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Core.Tests.Architecture;

/// <summary>
/// The case aggregate guards itself: in Core, only <c>Runtime.Case</c> changes a loaded case, its
/// tasks or its escalations. Read from the compiled assembly (method bodies, lambdas included), so
/// a handler or helper that sets a task's field directly fails here, whoever writes it.
/// </summary>
public sealed class CaseGuardsItselfTests
{
    private static readonly string[] GuardedTypes =
    [
        "WorkflowEngine.Core.Runtime.CaseState",
        "WorkflowEngine.Core.Tasks.CaseTask",
        "WorkflowEngine.Core.Escalation.TaskEscalation",
    ];

    // The aggregate itself; the task's Stateless machine, which the aggregate points at a task to
    // fire it; and the migration planner, which builds a throwaway copy of the case as it would be
    // after a migration to plan its timers (never saved: the migration itself goes through Case).
    private static readonly string[] AllowedWriters =
    [
        "WorkflowEngine.Core.Runtime.Case",
        "WorkflowEngine.Core.Tasks.TaskLifecycle",
        "WorkflowEngine.Core.Migration.CaseMigrationPlanner",
    ];

    [Fact]
    public void Only_the_Case_aggregate_sets_a_property_of_a_case_its_tasks_or_its_escalations()
    {
        using var module = ModuleDefinition.ReadModule(typeof(CaseService).Assembly.Location);
        var writes = (
            from type in module.GetTypes()
            where !AllowedWriters.Contains(Outermost(type).FullName) && !GuardedTypes.Contains(Outermost(type).FullName)
            from method in type.Methods
            where method.HasBody
            from instruction in method.Body.Instructions
            where instruction.OpCode == OpCodes.Call || instruction.OpCode == OpCodes.Callvirt
            let target = instruction.Operand as MethodReference
            where target is not null && target.Name.StartsWith("set_", StringComparison.Ordinal)
                && GuardedTypes.Contains(target.DeclaringType.FullName) && !IsInitOnly(target)
            select $"{Outermost(type).FullName}.{method.Name} sets {target.DeclaringType.Name}.{target.Name[4..]}").Distinct().ToList();

        Assert.True(writes.Count == 0, "Change a case only through the Case aggregate's methods:\n" + string.Join("\n", writes));
    }

    // Setting an init-only property is building a new object, not changing a loaded one.
    private static bool IsInitOnly(MethodReference setter) =>
        setter.ReturnType is RequiredModifierType { ModifierType.FullName: "System.Runtime.CompilerServices.IsExternalInit" };

    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }
}
