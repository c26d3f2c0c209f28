using System.Globalization;
using Microsoft.Data.Sqlite;

namespace WorkflowEngine.Load.Hosting;

/// <summary>
/// A county's year in bulk SQL on the real schema: cases (referrals and their tracks) with their
/// measure records and ten tasks each, some escalated. Fast to seed, not realistic in every detail:
/// the dashboard's queries see the row counts and shapes a year would give them.
/// </summary>
public static class DashboardSeeder
{
    private static readonly string[] Agencies = ["childrens-social-care", "police", "health", "education", "youth-justice", "substance-misuse", "community-safety", "voluntary-sector"];
    private static readonly string[] Measures = ["child-abduction-warning-notice", "closure-notice-or-order", "community-protection-notice", "intelligence-submission", "nrm-referral", "location-based-disruption", "safety-planning-with-family", "education-placement-change"];
    private static readonly string[] Risks = ["emerging", "significant", "experiencing"];

    /// <summary>Seeds <paramref name="cases"/> cases opened during <paramref name="year"/>, each with ten tasks.</summary>
    public static async Task SeedAsync(string databasePath, int cases, int year, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await Exec(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;", cancellationToken);
        var insert = new Inserts(connection);
        var random = new Random(2025);
        var yearStart = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        string parent = string.Empty, parentChild = string.Empty;
        const int batch = 10_000;
        for (var start = 0; start < cases; start += batch)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            insert.Use(transaction);
            for (var i = start; i < Math.Min(cases, start + batch); i++)
            {
                var opened = yearStart.AddMinutes(random.Next(0, 364 * 24 * 60));
                var id = Guid.NewGuid().ToString().ToUpperInvariant();
                var kind = i % 10;
                var root = kind < 7 || parent.Length == 0;
                var child = root ? Guid.NewGuid().ToString().ToUpperInvariant() : parentChild;
                var workflow = root ? "cce-referral" : kind switch { 7 => "missing-episode", 8 => "exclusion", _ => "nrm" };
                var agencies = Enumerable.Range(0, 3).Select(_ => Agencies[random.Next(Agencies.Length)]).Distinct().ToList();
                var closed = random.Next(2) == 0 ? opened.AddDays(random.Next(30, 200)) : (DateTimeOffset?)null;
                var mace = root && random.Next(100) < 20 ? opened.AddDays(random.Next(10, 40)) : (DateTimeOffset?)null;
                var m = insert.Milestone;
                Set(m, "$id", id); Set(m, "$child", child); Set(m, "$key", "ref:C" + random.Next(60_000).ToString(CultureInfo.InvariantCulture));
                Set(m, "$parent", root ? null : parent); Set(m, "$wf", workflow); Set(m, "$opened", opened.UtcTicks); Set(m, "$closed", closed?.UtcTicks);
                Set(m, "$risk", Risks[random.Next(3)]); Set(m, "$agencies", "|" + string.Join("|", agencies) + "|");
                Set(m, "$decided", root ? opened.AddHours(random.Next(1, 48)).UtcTicks : null); Set(m, "$deadline", root ? opened.AddHours(32).UtcTicks : null);
                Set(m, "$mace", mace?.UtcTicks); Set(m, "$edu", root && random.Next(10) < 6 ? "full-time" : null);
                Set(m, "$nrm", kind == 9 ? opened.AddDays(random.Next(1, 6)).UtcTicks : null);
                Set(m, "$held", kind == 7 && random.Next(10) < 8 ? opened.AddHours(random.Next(10, 120)).UtcTicks : null);
                Set(m, "$rhiDue", kind == 7 ? opened.AddHours(72).UtcTicks : null); Set(m, "$window", opened.AddDays(-365).UtcTicks);
                var c = insert.Case;
                Set(c, "$id", id); Set(c, "$child", child); Set(c, "$parent", root ? null : parent); Set(c, "$wf", workflow); Set(c, "$opened", opened.UtcTicks);
                Set(c, "$closed", closed?.UtcTicks); Set(c, "$status", closed is null ? "Open" : "Closed"); Set(c, "$agencies", "|" + string.Join("|", agencies) + "|");
                await c.ExecuteNonQueryAsync(cancellationToken);
                await m.ExecuteNonQueryAsync(cancellationToken);
                if (kind == 8 && !root)
                {
                    var day = DateOnly.FromDateTime(opened.UtcDateTime);
                    var started = random.Next(10) < 8 ? day.AddDays(random.Next(3, 12)) : (DateOnly?)null;
                    var e = insert.Education;
                    Set(e, "$id", id); Set(e, "$child", child); Set(e, "$parent", parent); Set(e, "$date", Day(day)); Set(e, "$notified", opened.UtcTicks);
                    Set(e, "$due", Day(day.AddDays(7))); Set(e, "$start", started is { } s ? Day(s) : null); Set(e, "$out", started is { } t ? t.DayNumber - day.DayNumber : null);
                    await e.ExecuteNonQueryAsync(cancellationToken);
                }

                if (mace is { } discussed)
                {
                    for (var k = 0; k < 2; k++)
                    {
                        var d = insert.Measure;
                        Set(d, "$id", Guid.NewGuid().ToString().ToUpperInvariant()); Set(d, "$case", id); Set(d, "$task", Guid.NewGuid().ToString().ToUpperInvariant());
                        Set(d, "$agency", Agencies[random.Next(Agencies.Length)]); Set(d, "$measure", Measures[random.Next(Measures.Length)]);
                        Set(d, "$at", discussed.AddDays(random.Next(5, 60)).UtcTicks);
                        await d.ExecuteNonQueryAsync(cancellationToken);
                    }

                    if (random.Next(2) == 0)
                    {
                        var s = insert.Intelligence;
                        Set(s, "$id", Guid.NewGuid().ToString().ToUpperInvariant()); Set(s, "$case", id); Set(s, "$task", Guid.NewGuid().ToString().ToUpperInvariant());
                        Set(s, "$child", child); Set(s, "$at", discussed.AddDays(random.Next(1, 30)).UtcTicks);
                        await s.ExecuteNonQueryAsync(cancellationToken);
                    }
                }

                for (var k = 0; k < 10; k++)
                {
                    await insert.TaskAsync(random, id, opened.AddDays(k * 3), agencies[k % agencies.Count], cancellationToken);
                }

                if (root)
                {
                    (parent, parentChild) = (id, child);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await Exec(connection, "ANALYZE;", cancellationToken);
    }

    internal static void Set(SqliteCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task Exec(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
