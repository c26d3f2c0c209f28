using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using WorkflowEngine.Core.Rules;
using WorkflowEngine.Core.Rules.Examples;
using WorkflowEngine.Core.Rules.Shadow;
using WorkflowEngine.Load.Hosting;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Load.Workloads;

/// <summary>
/// "Shadow": a lead's shadow run of a draft exploitation-screening rule set (the significant
/// threshold lowered from 5 to 4) over the journal's past screening decisions: 100,000 in full mode.
/// The decisions are seeded straight into the journal with the inputs the live engine journals,
/// among as many other decisions of another rule set, and the run reads them through the
/// partial index, streaming, compiled once. Checked: every decision read, and exactly the seeded
/// decisions scoring 4 change, from emerging to significant. Target: under 10 s for 100,000.
/// </summary>
public sealed class ShadowWorkload : IWorkload
{
    private const string RuleSet = "exploitation-screening";

    public string Name => "shadow";

    public async Task<IReadOnlyList<Measurement>> RunAsync(WorkloadContext context, CancellationToken cancellationToken)
    {
        var decisions = context.Options.Full ? 100_000 : 5_000;
        await using var engine = await BenchEngine.StartAsync(context.DataDirectory, SqliteSynchronous.Normal, cancellationToken);
        var runner = engine.Get<RuleExampleRunner>();
        var shipped = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "rules", RuleSet + ".json"), cancellationToken);
        var published = runner.Compile(shipped).RuleSet ?? throw new CorrectnessException("shadow: the shipped screening rules do not compile.");
        var draft = runner.Compile(shipped.Replace("score >= 5", "score >= 4", StringComparison.Ordinal)).RuleSet
            ?? throw new CorrectnessException("shadow: the draft does not compile.");

        var expectedChanges = await SeedAsync(engine.DatabasePath, published, decisions, cancellationToken);
        var shadow = engine.Get<ShadowRunner>();
        var from = BenchEngine.Monday.AddDays(-365);
        var to = BenchEngine.Monday.AddDays(1);
        await shadow.RunAsync(draft, BenchEngine.Monday.AddDays(-300), BenchEngine.Monday.AddDays(-299), cancellationToken);

        ShadowReport? report = null;
        var (seconds, allocated) = await Measurement.TimeAsync(async () => report = await shadow.RunAsync(draft, from, to, cancellationToken));
        if (report!.Decisions != decisions || report.Changed != expectedChanges || report.FaultCount > 0
            || report.Cells.Where(c => c.Changed).Any(c => (c.Was, c.WouldBe) != ("single-agency (emerging)", "mace-referral (significant)")))
        {
            throw new CorrectnessException($"shadow: read {report.Decisions} of {decisions} decisions, {report.Changed} changed where {expectedChanges} should, {report.FaultCount} faults: " + string.Join("; ", report.Cells.Select(c => $"{c.Was} -> {c.WouldBe}: {c.Count}")));
        }

        return
        [
            new Measurement($"shadow: a draft over {decisions:N0} past screening decisions (seconds per run)", "NORMAL", decisions, seconds, seconds, "s", null, (double)allocated / decisions,
                string.Create(CultureInfo.InvariantCulture, $"{decisions / seconds:N0} decisions/s; {report.Changed:N0} would change; target under 10 s for 100,000")),
        ];
    }

    // One case per decision, one journalled screening decision each (as RuleJournal writes it), and
    // as many task-assignment decisions beside them, so the run must pick its own out of the journal.
    private static async Task<int> SeedAsync(string databasePath, CompiledRuleSet published, int decisions, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await using var insertCase = connection.CreateCommand();
        insertCase.CommandText = """
            INSERT INTO Cases (Id, ChildId, ParentCaseId, WorkflowKey, WorkflowVersion, StageKey, StageEnteredAt, StageVisit, Status, ClosureReason, OpenedAt, ClosedAt,
                ChildJson, ChildName, ReferrerAgency, InvolvedAgencies, ContactJson, FactsJson, Version, JournalSequence, JournalHead)
            VALUES ($id, $id, NULL, 'cce-referral', 1, 'closed-single-agency', $at, 1, 'Closed', NULL, $at, $at,
                '{"name":"Seeded child"}', 'Seeded child', 'education', '|childrens-social-care|', '{}', '{}', 1, 2, '')
            """;
        var caseId = insertCase.Parameters.Add("$id", SqliteType.Text);
        var caseAt = insertCase.Parameters.Add("$at", SqliteType.Integer);
        await using var insertEntry = connection.CreateCommand();
        insertEntry.CommandText = """
            INSERT INTO JournalEntries (CaseId, Sequence, OccurredAt, Actor, Kind, DataJson, PreviousHash, Hash)
            VALUES ($case, $sequence, $at, 'system', 'rule.decided', $data, '', 'seeded')
            """;
        var entryCase = insertEntry.Parameters.Add("$case", SqliteType.Text);
        var sequence = insertEntry.Parameters.Add("$sequence", SqliteType.Integer);
        var entryAt = insertEntry.Parameters.Add("$at", SqliteType.Integer);
        var data = insertEntry.Parameters.Add("$data", SqliteType.Text);
        var changes = 0;
        for (var i = 0; i < decisions; i++)
        {
            var facts = new JsonObject
            {
                ["missingEpisodes"] = i % 6,
                ["carryingWeapons"] = i % 7 == 0,
                ["disclosure"] = i % 11 == 0,
                ["multiplePhones"] = i % 3 == 0,
                ["referrerAgency"] = i % 4 == 0 ? "police" : "education",
            };
            var score = (2 * (i % 6)) + (i % 7 == 0 ? 3 : 0) + (i % 11 == 0 ? 3 : 0) + (i % 3 == 0 ? 1 : 0);
            changes += score == 4 ? 1 : 0;
            var run = await published.RunAsync(new Core.Rules.RuleInputs(facts, null, "exploitation-screening"), cancellationToken);
            var at = BenchEngine.Monday.AddDays(-300).AddSeconds(i * 60).UtcTicks;
            var id = Guid.NewGuid().ToString().ToUpperInvariant();
            caseId.Value = id;
            caseAt.Value = at;
            insertCase.ExecuteNonQuery();
            entryCase.Value = id;
            entryAt.Value = at;
            sequence.Value = 1;
            data.Value = Decision(RuleSet, "stage-decision", run).ToJsonString();
            insertEntry.ExecuteNonQuery();
            sequence.Value = 2;
            data.Value = Decision("task-assignment", "assignment", run with { Decision = "childrens-social-care", FiredRule = "default-social-care", Output = null }).ToJsonString();
            insertEntry.ExecuteNonQuery();
        }

        await transaction.CommitAsync(cancellationToken);
        return changes;
    }

    private static JsonObject Decision(string ruleSet, string purpose, RuleRun run) => new()
    {
        ["purpose"] = purpose,
        ["stage"] = "exploitation-screening",
        ["task"] = null,
        ["ruleSet"] = ruleSet,
        ["ruleSetVersion"] = 1,
        ["firedRule"] = run.FiredRule,
        ["event"] = run.Decision,
        ["output"] = run.Output?.DeepClone(),
        ["inputs"] = run.Inputs.DeepClone(),
        ["rules"] = new JsonArray([.. run.Rules.Select(r => (JsonNode)new JsonObject { ["rule"] = r.Rule, ["succeeded"] = r.Succeeded, ["message"] = r.Message })]),
    };
}
