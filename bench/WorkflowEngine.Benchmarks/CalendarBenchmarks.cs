using BenchmarkDotNet.Attributes;
using WorkflowEngine.Core.Calendars;
using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Load.Hosting;

namespace WorkflowEngine.Benchmarks;

/// <summary>Working-day arithmetic: due instants on the England and Wales calendar and the MACE panel schedule.</summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private static readonly DateTimeOffset Friday = new(2026, 12, 18, 18, 30, 0, TimeSpan.Zero);
    private readonly DueAnchors _anchors = new(Friday, Friday, Friday);
    private readonly DueSpec _tenWorkingDays = new() { WorkingDays = 10 };
    private readonly DueSpec _seventyTwoHours = new() { Duration = "PT72H" };
    private readonly DueSpec _nextPanel = new() { BeforeNextPanel = "mace-panel" };
    private DueTimeCalculator _calculator = null!;

    [GlobalSetup]
    public void Setup() => _calculator = new DueTimeCalculator(CalendarCatalogue.Load(Path.Combine(RepositoryRoot.Path, "reference")).Catalogue!);

    /// <summary>Ten working days from a Friday evening across Christmas and New Year bank holidays.</summary>
    [Benchmark]
    public DateTimeOffset TenWorkingDays() => _calculator.ComputeDue(_tenWorkingDays, "england-and-wales", _anchors);

    [Benchmark]
    public DateTimeOffset Duration() => _calculator.ComputeDue(_seventyTwoHours, "england-and-wales", _anchors);

    [Benchmark]
    public DateTimeOffset BeforeNextPanel() => _calculator.ComputeDue(_nextPanel, "england-and-wales", _anchors);
}
