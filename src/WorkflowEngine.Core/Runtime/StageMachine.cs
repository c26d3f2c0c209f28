using System.Collections.Concurrent;
using Stateless;
using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Core.Runtime;

/// <summary>
/// A workflow version compiled into a Stateless machine: stages are states, outcomes and decisions
/// are triggers, guard rule sets are guards. The case's stage lives in the database; a configured
/// machine is rented from a pool, pointed at the case's stage through its external state
/// accessor, fired, and returned, so configuration happens once per pooled instance, not per case.
/// </summary>
internal sealed class StageMachine
{
    private readonly WorkflowDefinition _definition;
    private readonly ConcurrentBag<Instance> _pool = [];

    public StageMachine(WorkflowDefinition definition)
    {
        _definition = definition;
        _pool.Add(Create());
    }

    /// <summary>
    /// Fires a trigger from a stage.
    /// </summary>
    /// <param name="stage">The case's current stage.</param>
    /// <param name="trigger">The trigger (see <see cref="StageTriggers"/>).</param>
    /// <param name="passedGuards">Keys of guarded transitions whose guard rule set passed.</param>
    public async Task<StageFireResult> FireAsync(string stage, string trigger, IReadOnlySet<string> passedGuards)
    {
        var instance = _pool.TryTake(out var pooled) ? pooled : Create();
        try
        {
            instance.Stage = stage;
            instance.PassedGuards = passedGuards;
            instance.Rejected = false;
            instance.UnmetGuards = [];
            await instance.Machine.FireAsync(trigger);
            if (instance.Rejected)
            {
                var permitted = (await instance.Machine.GetPermittedTriggersAsync()).Select(StageTriggers.Describe).Order(StringComparer.Ordinal).ToList();
                return StageFireResult.Refused(permitted, instance.UnmetGuards);
            }

            return StageFireResult.Moved(instance.Stage);
        }
        finally
        {
            instance.PassedGuards = EmptyGuards;
            _pool.Add(instance);
        }
    }

    private static readonly IReadOnlySet<string> EmptyGuards = new HashSet<string>();

    private Instance Create()
    {
        var instance = new Instance();
        var machine = new StateMachine<string, string>(() => instance.Stage, s => instance.Stage = s);
        foreach (var stage in _definition.Stages)
        {
            var configuration = machine.Configure(stage.Key);
            foreach (var group in stage.Transitions.GroupBy(StageTriggers.For))
            {
                foreach (var transition in group)
                {
                    var key = transition.Key;
                    if (transition.Guard is null && group.Count() == 1)
                    {
                        if (transition.To == stage.Key)
                        {
                            configuration.PermitReentry(group.Key);
                        }
                        else
                        {
                            configuration.Permit(group.Key, transition.To);
                        }

                        continue;
                    }

                    // Guarded (or shared) triggers: the runtime has evaluated each guard rule set beforehand.
                    Func<bool> guard = () => transition.Guard is null || instance.PassedGuards.Contains(key);
                    var description = transition.Guard is null ? key : $"{key} (guard: {transition.Guard})";
                    if (transition.To == stage.Key)
                    {
                        configuration.PermitReentryIf(group.Key, guard, description);
                    }
                    else
                    {
                        configuration.PermitIf(group.Key, transition.To, guard, description);
                    }
                }
            }
        }

        machine.OnUnhandledTrigger((_, _, unmetGuards) =>
        {
            instance.Rejected = true;
            instance.UnmetGuards = unmetGuards?.ToList() ?? [];
        });
        instance.Machine = machine;
        return instance;
    }

    private sealed class Instance
    {
        public string Stage { get; set; } = string.Empty;

        public IReadOnlySet<string> PassedGuards { get; set; } = EmptyGuards;

        public bool Rejected { get; set; }

        public IReadOnlyList<string> UnmetGuards { get; set; } = [];

        public StateMachine<string, string> Machine { get; set; } = null!;
    }
}
