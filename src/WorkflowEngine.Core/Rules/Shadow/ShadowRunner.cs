using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;

namespace WorkflowEngine.Core.Rules.Shadow;

/// <summary>
/// Re-runs a draft rule set on the inputs of every journalled decision of its key in a period and
/// counts what would change: "was X, would be Y", with the cases behind each changed cell. Reads
/// only; nothing live changes. The draft is compiled once; decisions stream from the journal in
/// batches, each batch evaluated on every core while the next is read.
/// </summary>
public sealed class ShadowRunner
{
    private const int BatchSize = 2048;
    private const int FaultsKept = 5;

    private readonly IRuleDecisionHistory _history;

    /// <summary>Creates the runner over the journal's decisions.</summary>
    public ShadowRunner(IRuleDecisionHistory history) => _history = history;

    /// <summary>Runs the draft over the period's past decisions of its rule set.</summary>
    /// <param name="draft">The draft, compiled.</param>
    /// <param name="from">The period's start (inclusive).</param>
    /// <param name="to">The period's end (exclusive).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public async Task<ShadowReport> RunAsync(CompiledRuleSet draft, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var tally = new Tally();
        var known = new System.Collections.Concurrent.ConcurrentDictionary<string, RuleRun>(StringComparer.Ordinal);
        var batch = new List<PastRuleDecision>(BatchSize);
        Task pending = Task.CompletedTask;
        await foreach (var decision in _history.ReadAsync(draft.Key, from, to, cancellationToken))
        {
            batch.Add(decision);
            if (batch.Count == BatchSize)
            {
                await pending;
                var full = batch;
                pending = Task.Run(() => Evaluate(draft, full, tally, known), cancellationToken);
                batch = new List<PastRuleDecision>(BatchSize);
            }
        }

        await pending;
        Evaluate(draft, batch, tally, known);
        return tally.Report(draft.Key, from, to);
    }

    /// <summary>What a journalled decision decided, in the words the table uses.</summary>
    public static string Was(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data["purpose"]?.GetValue<string>() == "guard")
        {
            return data["passed"]?.GetValue<bool>() == true ? Passes : Refused;
        }

        var output = data["output"] switch
        {
            null => null,
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            var other => other.ToJsonString(),
        };
        return Label(data["event"]?.GetValue<string>(), output);
    }

    /// <summary>What the draft decides, in the same words.</summary>
    public static string WouldBe(RuleRun run, bool guard)
    {
        ArgumentNullException.ThrowIfNull(run);
        return guard ? (run.Passes ? Passes : Refused) : Label(run.Decision, run.OutputText);
    }

    private const string Passes = "passes";
    private const string Refused = "refused";

    private static string Label(string? decision, string? output) =>
        decision is null ? "no rule fired" : output is null ? decision : $"{decision} ({output})";

    private static void Evaluate(CompiledRuleSet draft, List<PastRuleDecision> batch, Tally tally, System.Collections.Concurrent.ConcurrentDictionary<string, RuleRun> known)
    {
        var outcomes = new (string Was, string WouldBe, int Version, string? Fault)[batch.Count];
        Parallel.For(0, batch.Count, i => outcomes[i] = Rerun(draft, batch[i], known));
        lock (tally)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                tally.Add(batch[i], outcomes[i]);
            }
        }
    }

    // The draft's result depends only on the facts it reads and the task, so past decisions with the
    // same of those share one evaluation: most of a year's decisions repeat a few thousand combinations.
    private static (string Was, string WouldBe, int Version, string? Fault) Rerun(CompiledRuleSet draft, PastRuleDecision decision, System.Collections.Concurrent.ConcurrentDictionary<string, RuleRun> known)
    {
        JsonObject data;
        try
        {
            data = JsonNode.Parse(decision.Data) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            return (string.Empty, string.Empty, 0, $"The journal entry of {CaseReference.Of(decision.CaseId)} at {decision.OccurredAt:u} cannot be read.");
        }

        var inputs = data["inputs"] as JsonObject;
        var facts = inputs?["facts"] as JsonObject ?? [];
        var task = inputs?["task"] as JsonObject;
        var guard = data["purpose"]?.GetValue<string>() == "guard";
        var version = data["ruleSetVersion"]?.GetValue<int>() ?? 0;
        var taskKey = Text(task?["key"]);
        var stageKey = Text(task?["stage"]);
        var signature = string.Join('\u001f', draft.FactsRead.Select(f => facts[f]?.ToJsonString())) + '\u001e' + taskKey + '\u001f' + stageKey;
        var run = known.GetOrAdd(signature, _ => draft.RunAsync(new RuleInputs(facts, taskKey, stageKey)).GetAwaiter().GetResult());
        return run.Fault is not null
            ? (Was(data), string.Empty, version, $"{CaseReference.Of(decision.CaseId)}: {run.Fault}")
            : (Was(data), WouldBe(run, guard), version, null);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    private sealed class Tally
    {
        private readonly Dictionary<(string Was, string WouldBe), (int Count, List<ShadowCase> Cases)> _cells = [];
        private readonly List<string> _faults = [];
        private int _decisions;
        private int _faultCount;

        public void Add(PastRuleDecision decision, (string Was, string WouldBe, int Version, string? Fault) outcome)
        {
            _decisions++;
            if (outcome.Fault is not null)
            {
                _faultCount++;
                if (_faults.Count < FaultsKept)
                {
                    _faults.Add(outcome.Fault);
                }

                return;
            }

            var key = (outcome.Was, outcome.WouldBe);
            var cell = _cells.TryGetValue(key, out var found) ? found : (0, []);
            if (!string.Equals(outcome.Was, outcome.WouldBe, StringComparison.Ordinal))
            {
                cell.Cases.Add(new ShadowCase(decision.CaseId, CaseReference.Of(decision.CaseId), decision.ChildName, decision.InvolvedAgencies, decision.OccurredAt, outcome.Version));
            }

            _cells[key] = (cell.Count + 1, cell.Cases);
        }

        public ShadowReport Report(string ruleSet, DateTimeOffset from, DateTimeOffset to) => new(
            ruleSet, from, to, _decisions,
            [.. _cells
                .Select(c => new ShadowCell(c.Key.Was, c.Key.WouldBe, c.Value.Count, c.Value.Cases))
                .OrderByDescending(c => c.Changed).ThenByDescending(c => c.Count).ThenBy(c => c.Was, StringComparer.Ordinal).ThenBy(c => c.WouldBe, StringComparer.Ordinal)],
            _faults, _faultCount);
    }
}
