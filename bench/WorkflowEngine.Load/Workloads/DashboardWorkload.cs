using System.Diagnostics;
using System.Globalization;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Load.Hosting;
using WorkflowEngine.Persistence;

namespace WorkflowEngine.Load.Workloads;

/// <summary>
/// "Dashboard": the time to load the whole partnership dashboard for a year of a county's data
/// (100,000 cases and 1,000,000 tasks in full mode, seeded by <see cref="DashboardSeeder"/>):
/// every figure and breakdown for the year plus the two trend measures for each month, exactly what
/// <c>/dashboard?period=year</c> asks <see cref="IDashboardQueries"/> for. Also one filtered load
/// (an agency and a risk level) in each round.
/// </summary>
public sealed class DashboardWorkload : IWorkload
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public string Name => "dashboard";

    public async Task<IReadOnlyList<Measurement>> RunAsync(WorkloadContext context, CancellationToken cancellationToken)
    {
        var cases = context.Options.Full ? 100_000 : 5_000;
        var rounds = context.Options.Full ? 30 : 5;
        await using var engine = await BenchEngine.StartAsync(context.DataDirectory, SqliteSynchronous.Normal, cancellationToken);
        var seeding = Stopwatch.StartNew();
        await DashboardSeeder.SeedAsync(engine.DatabasePath, cases, 2025, cancellationToken);
        seeding.Stop();
        await EngineChecks.ExpectAsync(engine.DatabasePath, "dashboard tasks seeded", "SELECT COUNT(*) FROM Tasks", cases * 10, cancellationToken);

        var queries = engine.Get<IDashboardQueries>();
        var (period, _) = ReportingPeriod.Create("year", new DateOnly(2025, 6, 1), null, null, London);
        var year = new DashboardQuery(period!, engine.Time.GetUtcNow(), new DateOnly(2026, 3, 2));
        var filtered = year with { Agency = "police", RiskLevel = "significant" };
        var first = await LoadAsync(queries, year, cancellationToken);
        if (first[MeasureCatalogue.ReferralDecisionsInTime].Denominator is not > 0 || first[MeasureCatalogue.DisruptionShare].Denominator is not > 0
            || first[MeasureCatalogue.OpenTasks].Value is not > 0)
        {
            throw new CorrectnessException("dashboard: the seeded year gave empty figures.");
        }

        if (Environment.GetEnvironmentVariable("DASHBOARD_PROFILE") == "1")
        {
            foreach (var measure in MeasureCatalogue.All)
            {
                var started = Stopwatch.GetTimestamp();
                await queries.GetFiguresAsync(year with { Only = new HashSet<string> { measure.Key } }, cancellationToken);
                await Console.Error.WriteLineAsync($"{measure.Key}: {Stopwatch.GetElapsedTime(started).TotalMilliseconds:N0} ms");
            }

            var trendStarted = Stopwatch.GetTimestamp();
            await queries.GetMonthlyAsync(year with { Only = new HashSet<string> { MeasureCatalogue.DisruptionShare, MeasureCatalogue.ReferralDecisionsInTime } }, London, cancellationToken);
            await Console.Error.WriteLineAsync($"monthly trend: {Stopwatch.GetElapsedTime(trendStarted).TotalMilliseconds:N0} ms");
        }

        var whole = new double[rounds];
        var narrow = new double[rounds];
        var (seconds, allocated) = await Measurement.TimeAsync(async () =>
        {
            for (var i = 0; i < rounds; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await LoadAsync(queries, year, cancellationToken);
                whole[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                started = Stopwatch.GetTimestamp();
                await LoadAsync(queries, filtered, cancellationToken);
                narrow[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        });

        Array.Sort(whole);
        Array.Sort(narrow);
        return
        [
            new Measurement($"dashboard: a year, {cases:N0} cases, {cases * 10:N0} tasks (p95)", "NORMAL", rounds, seconds, Percentile(whole, 0.95), "ms", null, (double)allocated / (2 * rounds),
                string.Create(CultureInfo.InvariantCulture,
                    $"whole year p50 {Percentile(whole, 0.5):N0} ms; filtered (police, significant) p50 {Percentile(narrow, 0.5):N0} ms, p95 {Percentile(narrow, 0.95):N0} ms; seeded in {seeding.Elapsed.TotalSeconds:N0} s")),
        ];
    }

    // What the page asks for: the period's figures, then the trend measures for each month.
    private static async Task<DashboardFigures> LoadAsync(IDashboardQueries queries, DashboardQuery query, CancellationToken cancellationToken)
    {
        var figures = await queries.GetFiguresAsync(query, cancellationToken);
        var trend = new HashSet<string> { MeasureCatalogue.DisruptionShare, MeasureCatalogue.ReferralDecisionsInTime };
        await queries.GetMonthlyAsync(query with { Only = trend }, London, cancellationToken);
        return figures;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
