using System.Text.Json.Nodes;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Runtime;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Load.Hosting;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Load.Workloads;

/// <summary>
/// The seed's process: shipped <c>workflows/cce-referral.json</c> cases driven from contact through
/// the front door, exploitation screening, MACE referral and discussion, a disruption plan with
/// two agencies (which starts a linked NRM track) and review, to closure: eleven commands a case (two of them the panel and review timers).
/// The shipped workflow has no timer transitions on this path; a later one would be driven with
/// <see cref="CaseService.FireTimerAsync"/>.
/// </summary>
public sealed class CceReferralWorkload : IWorkload
{
    private const int CommandsPerCase = 11;

    public string Name => "cce-referral";

    public async Task<IReadOnlyList<Measurement>> RunAsync(WorkloadContext context, CancellationToken cancellationToken) =>
    [
        await MeasureAsync(context, SqliteSynchronous.Full, cancellationToken),
        await MeasureAsync(context, SqliteSynchronous.Normal, cancellationToken),
    ];

    private static async Task<Measurement> MeasureAsync(WorkloadContext context, SqliteSynchronous sync, CancellationToken cancellationToken)
    {
        // Nine commands a case: a fifth as many cases keeps the work near the other workloads'.
        var n = Math.Max(1, context.Options.Cases / 5);
        await using var engine = await BenchEngine.StartAsync(context.DataDirectory, sync, cancellationToken);
        var first = EngineChecks.Succeeded(await engine.Cases.OpenCaseAsync(BenchEngine.Contact("cce-referral", 0), cancellationToken), "cce-referral open");
        var screening = ScreeningAnswers((await engine.Cases.GetWorkflowDefinitionAsync(first, cancellationToken))!);
        await DriveAsync(engine, first, screening, cancellationToken);

        var (seconds, allocated) = await Measurement.TimeAsync(() =>
            Parallelism.ForEachAsync(n, context.Options.Workers, async (i, ct) =>
            {
                var state = EngineChecks.Succeeded(await engine.Cases.OpenCaseAsync(BenchEngine.Contact("cce-referral", i + 1), ct), "cce-referral open");
                await DriveAsync(engine, state, screening, ct);
            }, cancellationToken));

        var total = n + 1;
        await EngineChecks.ExpectAsync(engine.DatabasePath, "cce-referral cases closed at 'closed'",
            "SELECT COUNT(*) FROM Cases WHERE WorkflowKey = 'cce-referral' AND Status = 'Closed' AND ClosureReason = 'closed'", total, cancellationToken);
        await EngineChecks.ExpectAsync(engine.DatabasePath, "linked NRM tracks started",
            "SELECT COUNT(*) FROM Cases WHERE WorkflowKey = 'nrm' AND ParentCaseId IS NOT NULL", total, cancellationToken);
        var verified = await engine.Cases.VerifyJournalAsync(first.Id, cancellationToken);
        if (verified is not { IsIntact: true })
        {
            throw new CorrectnessException($"cce-referral case {first.Id}: the journal chain does not verify.");
        }

        var s = sync.ToString().ToUpperInvariant();
        return new Measurement("cce-referral: contact to closure (11 commands)", s, n, seconds, n / seconds, "cases/s", null, (double)allocated / n,
            $"{n * CommandsPerCase / seconds:N0} commands/s; 5 rule decisions a case (the plan confirmation asks the closure rule), linked NRM track started");
    }

    private static async Task DriveAsync(BenchEngine engine, CaseState state, JsonObject screening, CancellationToken cancellationToken)
    {
        state = await CompleteAsync(engine, state, "decide-referral", "exploitation-screening", new JsonObject { ["decisionRationale"] = "Indicators of criminal exploitation." }, null, cancellationToken);
        state = await CompleteAsync(engine, state, "screen-for-exploitation", "screened", screening, null, cancellationToken);
        state = await CompleteAsync(engine, state, "add-to-mace-agenda", "added", [], null, cancellationToken);
        state = await FireTimerAsync(engine, state, "panel-sits", cancellationToken);
        state = await CompleteAsync(engine, state, "mace-discussion", "disruption-plan", new JsonObject
        {
            ["riskLevel"] = "significant",
            ["disruptionAgencies"] = new JsonArray("police", "education"),
        }, null, cancellationToken);
        state = await CompleteAsync(engine, state, "disruption-action", "done", new JsonObject
        {
            ["disruptionMeasures"] = new JsonArray("child-abduction-warning-notice"),
            ["actionTaken"] = "CAWN served on two adults.",
        }, "police", cancellationToken);
        state = await CompleteAsync(engine, state, "disruption-action", "done", new JsonObject
        {
            ["disruptionMeasures"] = new JsonArray("education-placement-change"),
            ["actionTaken"] = "Place at alternative provision agreed.",
        }, "education", cancellationToken);
        state = await CompleteAsync(engine, state, "confirm-disruption-plan", "confirmed", [], null, cancellationToken);
        state = await FireTimerAsync(engine, state, "review-due", cancellationToken);
        // Closing a MACE case needs the police and children's social care to sign off first.
        foreach (var agency in new[] { "police", "childrens-social-care" })
        {
            var review = state.Tasks.Find(t => t.TaskKey == "mace-review" && t.IsActive)
                ?? throw new CorrectnessException($"cce-referral case {state.Id} at '{state.StageKey}' has no open 'mace-review' task.");
            state = EngineChecks.Succeeded(await engine.Cases.SignOffTaskAsync(state.Id, review.Id, agency, $"worker@{agency}", cancellationToken: cancellationToken), $"cce-referral sign-off by {agency}");
        }

        state = await CompleteAsync(engine, state, "mace-review", "close", [], null, cancellationToken);
        if (state.Status != CaseStatus.Closed || state.ClosureReason != "closed")
        {
            throw new CorrectnessException($"cce-referral case {state.Id} ended at '{state.StageKey}' ({state.Status}), not closed.");
        }
    }

    // The panel sitting and the review clock, fired as the timer dispatcher would fire them.
    private static async Task<CaseState> FireTimerAsync(BenchEngine engine, CaseState state, string transition, CancellationToken cancellationToken) =>
        EngineChecks.Succeeded(await engine.Cases.FireTimerAsync(state.Id, transition, cancellationToken), $"cce-referral timer {transition}");

    private static async Task<CaseState> CompleteAsync(BenchEngine engine, CaseState state, string taskKey, string outcome, JsonObject data, string? agency, CancellationToken cancellationToken)
    {
        var task = state.Tasks.Find(t => t.TaskKey == taskKey && t.IsActive && (agency is null || t.Agency == agency))
            ?? throw new CorrectnessException($"cce-referral case {state.Id} at '{state.StageKey}' has no open '{taskKey}' task.");
        return EngineChecks.Succeeded(
            await engine.Cases.CompleteTaskAsync(new CompleteTaskCommand(state.Id, task.Id, outcome, (JsonObject)data.DeepClone(), $"worker@{task.Agency}", task.Version), cancellationToken),
            $"cce-referral {taskKey}");
    }

    /// <summary>Every question on the screening form answered as a strong indicator.</summary>
    private static JsonObject ScreeningAnswers(WorkflowDefinition definition)
    {
        var answers = new JsonObject();
        foreach (var field in definition.Stages.SelectMany(s => s.Tasks).Single(t => t.Key == "screen-for-exploitation").Form)
        {
            answers[field.Key] = field.Type switch
            {
                FormFieldType.Boolean => true,
                FormFieldType.Integer or FormFieldType.Number => 4,
                FormFieldType.Text or FormFieldType.LongText => "Recorded at screening.",
                _ => null,
            };
        }

        return answers;
    }
}
