using System.Text.Json.Nodes;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Cases;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Reference;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Core.Panels;

/// <summary>
/// Panel sittings as the partnership runs them: the list of sittings from the panel calendar, the
/// agenda (cases put on it before it closed, highest screening risk first), attendance, the
/// discussion, risk level and actions agreed for each case, and the chair's confirmation, which
/// locks the minutes and completes each case's panel task so the workflow creates the agencies' tasks.
/// Who may do what is the caller's to decide; this service keeps the rules of the sitting itself.
/// </summary>
public sealed partial class PanelService
{
    private readonly IPanelStore _store;
    private readonly CaseService _cases;
    private readonly ICaseQueries _queries;
    private readonly CalendarCatalogue _calendars;
    private readonly ReferenceData _reference;
    private readonly TimeProvider _time;

    /// <summary>Creates the service.</summary>
    public PanelService(IPanelStore store, CaseService cases, ICaseQueries queries, CalendarCatalogue calendars, ReferenceData reference, TimeProvider time, PanelBinding? binding = null)
    {
        _store = store;
        _cases = cases;
        _queries = queries;
        _calendars = calendars;
        _reference = reference;
        _time = time;
        Binding = binding ?? PanelBinding.Mace;
    }

    /// <summary>How the panel meets the workflow.</summary>
    public PanelBinding Binding { get; }

    /// <summary>The panel's calendar.</summary>
    public PanelSchedule Schedule => _calendars.GetPanel(Binding.PanelKey);

    /// <summary>The risk levels, lowest first.</summary>
    public IReadOnlyList<ReferenceItem> RiskLevels => _reference.GetChoiceList(Binding.RiskList) ?? [];

    /// <summary>The agencies that can own an action.</summary>
    public IReadOnlyList<ReferenceItem> ActionAgencies => _reference.GetChoiceList(Binding.AgencyList) ?? [];

    /// <summary>The agencies of the partnership.</summary>
    public IReadOnlyList<Agency> Agencies => _reference.Agencies;

    /// <summary>The next sittings (<paramref name="next"/> of them) and the recent ones (<paramref name="recent"/>), earliest first.</summary>
    public async Task<IReadOnlyList<SittingListing>> ListAsync(int next = 4, int recent = 4, CancellationToken cancellationToken = default)
    {
        var schedule = Schedule;
        var now = _time.GetUtcNow();
        var today = schedule.Calendar.LocalDate(now);
        var back = schedule.DatesFrom(today.AddDays(-7 * schedule.EveryWeeks * (recent + 2)))
            .TakeWhile(d => schedule.StartOn(d) <= now).TakeLast(recent);
        var ahead = schedule.DatesFrom(today).Where(d => schedule.StartOn(d) > now).Take(next);
        var dates = back.Concat(ahead).ToList();
        if (dates.Count == 0)
        {
            return [];
        }

        var stored = (await _store.ListAsync(schedule.Key, dates[0], dates[^1], cancellationToken)).ToDictionary(s => s.Date);
        return [.. dates.Select(d => new SittingListing(d, schedule.StartOn(d), schedule.AgendaDeadlineFor(d),
            stored.TryGetValue(d, out var s) ? s.Status : SittingStatus.Open, stored.TryGetValue(d, out var c) ? c.Agenda.Count : 0))];
    }

    /// <summary>The sitting on a date (a new, empty one if nothing is recorded yet), or null when the panel does not sit that day.</summary>
    public async Task<PanelSitting?> GetAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        if (!SitsOn(date))
        {
            return null;
        }

        var sitting = await _store.GetAsync(Binding.PanelKey, date, cancellationToken) ?? PanelSitting.New(Binding.PanelKey, date);
        sitting.Agenda.Sort(AgendaOrder);
        return sitting;
    }

    /// <summary>Whether the panel sits on a date (by its calendar, cancelled dates excluded).</summary>
    public bool SitsOn(DateOnly date) => Schedule.DatesFrom(date).First() == date;

    /// <summary>The one-screen summary of a case for the agenda of the sitting on a date.</summary>
    public PanelCaseSummary Summarise(CaseState state, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(state);
        int? age = state.Child.DateOfBirth is { } born ? AgeOn(born, date) : null;
        var indicators = new List<string>();
        foreach (var fact in _reference.Facts)
        {
            var value = state.Facts[fact.Key] as JsonValue;
            if (value is null)
            {
                continue;
            }

            if (fact.Type == FactType.Boolean && value.TryGetValue<bool>(out var yes) && yes)
            {
                indicators.Add(fact.Label);
            }
            else if (fact.IsNumber && value.TryGetValue<decimal>(out var number) && number > 0)
            {
                indicators.Add($"{fact.Label}: {number:0.##}");
            }
        }

        return new PanelCaseSummary(state.Id, state.Child.Name, age, state.Contact.Concern, indicators, RiskName(state.Facts[Binding.RiskField]?.ToString()), state.StageKey);
    }

    /// <summary>A risk level's name, or the key when it is not in the list.</summary>
    public string? RiskName(string? key) => key is null ? null : RiskLevels.FirstOrDefault(r => r.Key == key)?.Name ?? key;

    /// <summary>What confirmed sittings agreed for a case, latest first.</summary>
    public async Task<IReadOnlyList<PanelOutcome>> OutcomesForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var sittings = await _store.ForCaseAsync(caseId, cancellationToken);
        return [.. sittings.Where(s => s.IsLocked)
            .OrderByDescending(s => s.Date)
            .Select(s => new PanelOutcome(s.Date, s.Agenda.First(i => i.CaseId == caseId), s.ConfirmedAt!.Value))];
    }

    /// <summary>
    /// Cases that could go on the agenda of the sitting on a date: open cases of the panel's workflow
    /// waiting for the panel, put forward before its agenda closed and not on it yet.
    /// </summary>
    public async Task<IReadOnlyList<PanelCaseSummary>> CandidatesAsync(PanelSitting sitting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sitting);
        var found = new List<PanelCaseSummary>();
        foreach (var stage in Binding.AgendaStages)
        {
            var cases = await _queries.SearchAsync(new CaseSearch(Status: CaseStatus.Open, WorkflowKey: Binding.WorkflowKey, StageKey: stage, Take: 500), cancellationToken);
            foreach (var summary in cases.Where(c => sitting.Agenda.TrueForAll(i => i.CaseId != c.Id)))
            {
                if (await _cases.GetAsync(summary.Id, cancellationToken) is { } state && await AgendaProblemAsync(state, sitting.Date, cancellationToken) is null)
                {
                    found.Add(Summarise(state, sitting.Date));
                }
            }
        }

        return [.. found.OrderByDescending(c => RiskRank(c.ScreeningRisk is null ? null : RiskLevels.FirstOrDefault(r => r.Name == c.ScreeningRisk)?.Key)).ThenBy(c => c.ChildName, StringComparer.Ordinal)];
    }

    private int AgendaOrder(AgendaItem a, AgendaItem b)
    {
        var byRisk = RiskRank(b.ScreeningRisk).CompareTo(RiskRank(a.ScreeningRisk));
        return byRisk != 0 ? byRisk : a.AddedAt.CompareTo(b.AddedAt);
    }

    // Higher is riskier; a level not in the list ranks below every listed one.
    private int RiskRank(string? key)
    {
        var levels = RiskLevels;
        for (var i = 0; i < levels.Count; i++)
        {
            if (levels[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    private static int AgeOn(DateOnly born, DateOnly date)
    {
        var age = date.Year - born.Year;
        return born.AddYears(age) > date ? age - 1 : age;
    }

    private CommandResult<PanelSitting> Saved(PanelSitting sitting, SaveOutcome outcome)
    {
        sitting.Agenda.Sort(AgendaOrder);
        return outcome == SaveOutcome.Saved
            ? CommandResult<PanelSitting>.Success(sitting)
            : CommandResult<PanelSitting>.Failure(CommandStatus.Conflict, "sitting.conflict", "$",
                "Someone else changed this sitting at the same moment, so your change was not saved. Reload the sitting and try again.");
    }
}
