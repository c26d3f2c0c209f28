using System.Globalization;
using Microsoft.Data.Sqlite;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Load.Hosting;

/// <summary>
/// Fills the engine's Tasks table (and a case, with its search words, for every ten tasks) with
/// raw SQL, in the schema the engine's migrations created: a year of one agency's work, 85%
/// completed, 8% open, 4% claimed by one of 50 people, 3% escalated; a third owned by the MACE chair role; created over the year
/// before <c>now</c> and due 1 to 15 days after creation. Each case's child has one of a thousand
/// names (first name and surname), so a search by name finds about one case in a thousand.
/// Deterministic (fixed seed).
/// </summary>
public static class InboxSeeder
{
    private const int TasksPerCase = 10;

    /// <summary>The name of every thousandth seeded child, the first among them.</summary>
    public const string SearchedName = "Amy Smith";

    /// <summary>The reference of the first seeded case.</summary>
    public const string SearchedReference = "CASE-5EA2C4ED";

    private const string FirstCaseId = "0190A000-0000-7000-8000-00005EA2C4ED";

    private static readonly string[] FirstNames =
    [
        "Amy", "Jayden", "Olivia", "Mason", "Leah", "Tyler", "Chloe", "Kai", "Ruby", "Reece",
        "Ellie", "Callum", "Maya", "Harvey", "Sophie", "Ryan", "Jade", "Liam", "Isla", "Connor",
    ];

    private static readonly string[] Surnames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright",
        "Robinson", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas", "Clarke",
        "Jackson", "Wood", "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes",
        "Moore", "Clark", "King", "Harrison", "Lewis", "Baker", "Lee", "Allen", "Morris", "Khan",
        "Scott", "Watson", "Davis", "Parker", "James", "Bennett", "Young", "Phillips", "Richardson", "Mitchell",
    ];

    /// <summary>The name of the seeded case numbered <paramref name="number"/>, from 0.</summary>
    public static string ChildName(int number) =>
        FirstNames[number % FirstNames.Length] + " " + Surnames[number / FirstNames.Length % Surnames.Length];

    public static async Task SeedAsync(string databasePath, string agency, int count, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insertCase = connection.CreateCommand();
        insertCase.CommandText = """
            INSERT INTO Cases (Id, ChildId, ParentCaseId, WorkflowKey, WorkflowVersion, StageKey, StageEnteredAt, StageVisit, Status,
                ClosureReason, OpenedAt, ClosedAt, ChildName, ChildJson, ContactJson, FactsJson, Version, JournalSequence, JournalHead)
            VALUES ($id, $child, NULL, 'bench-human-task', 1, 'work', $at, 1, 'Open', NULL, $at, NULL,
                $name, json_object('name', $name), '{"referrer":"Seed","referrerAgency":"police","concern":"Seeded.","urgent":false}', '{}', 1, 0, '')
            """;
        var caseId = insertCase.Parameters.Add("$id", SqliteType.Text);
        var childId = insertCase.Parameters.Add("$child", SqliteType.Text);
        var caseAt = insertCase.Parameters.Add("$at", SqliteType.Integer);
        var childName = insertCase.Parameters.Add("$name", SqliteType.Text);

        // The words the inbox search finds a case by, as the engine's store writes them: each word of
        // the name in lower case (the seeded names are plain ASCII) and '#' with the reference's 8 characters.
        await using var insertWord = connection.CreateCommand();
        insertWord.CommandText = "INSERT INTO CaseSearchWords (CaseId, Word) VALUES ($id, $word)";
        var wordCase = insertWord.Parameters.Add("$id", SqliteType.Text);
        var word = insertWord.Parameters.Add("$word", SqliteType.Text);

        await using var insertTask = connection.CreateCommand();
        insertTask.CommandText = """
            INSERT INTO Tasks (Id, CaseId, StageKey, StageVisit, TaskKey, Title, Agency, Role, AssignedTo, Status, CreatedAt, DueAt,
                ClosedAt, ClosedBy, Outcome, DataJson, Reason, Priority, Version)
            VALUES ($id, $case, 'work', 1, $key, 'Do the work', $agency, $role, $person, $status, $created, $due, $closed, $closedBy, $outcome, NULL, NULL, $priority, $version)
            """;
        var p = new Dictionary<string, SqliteParameter>();
        foreach (var name in new[] { "$agency", "$id", "$case", "$key", "$role", "$person", "$status", "$created", "$due", "$closed", "$closedBy", "$outcome", "$priority", "$version" })
        {
            p[name] = insertTask.Parameters.Add(name, SqliteType.Text);
        }

        var random = new Random(20260302);
        const int batch = 50_000;
        for (var start = 0; start < count; start += batch)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            insertCase.Transaction = transaction;
            insertWord.Transaction = transaction;
            insertTask.Transaction = transaction;
            var current = string.Empty;
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var created = now.AddMinutes(-random.Next(0, 365 * 24 * 60));
                if (i % TasksPerCase == 0)
                {
                    current = i == 0 ? FirstCaseId : Guid.NewGuid().ToString().ToUpperInvariant();
                    caseId.Value = current;
                    childName.Value = ChildName(i / TasksPerCase);
                    childId.Value = Guid.NewGuid().ToString().ToUpperInvariant();
                    caseAt.Value = created.UtcTicks;
                    await insertCase.ExecuteNonQueryAsync(cancellationToken);
                    wordCase.Value = current;
                    foreach (var each in ((string)childName.Value).ToLowerInvariant().Split(' ').Append("#" + current[^8..].ToLowerInvariant()))
                    {
                        word.Value = each;
                        await insertWord.ExecuteNonQueryAsync(cancellationToken);
                    }
                }

                var roll = random.Next(100);
                var status = roll < 85 ? CaseTaskStatus.Completed : roll < 93 ? CaseTaskStatus.Open : roll < 97 ? CaseTaskStatus.Claimed : CaseTaskStatus.Escalated;
                var due = created.AddDays(random.Next(1, 15)).AddMinutes(random.Next(0, 600));
                p["$agency"].Value = agency;
                p["$id"].Value = Guid.NewGuid().ToString().ToUpperInvariant();
                p["$case"].Value = current;
                p["$key"].Value = "task-" + (i % 7).ToString(CultureInfo.InvariantCulture);
                p["$role"].Value = i % 3 == 0 ? "mace-chair" : DBNull.Value;
                p["$person"].Value = status is CaseTaskStatus.Claimed or CaseTaskStatus.Completed ? "officer-" + random.Next(50).ToString(CultureInfo.InvariantCulture) : DBNull.Value;
                p["$status"].Value = status.ToString();
                p["$created"].Value = created.UtcTicks;
                p["$due"].Value = due.UtcTicks;
                p["$closed"].Value = status == CaseTaskStatus.Completed ? created.AddDays(random.Next(0, 10)).UtcTicks : DBNull.Value;
                p["$closedBy"].Value = status == CaseTaskStatus.Completed ? p["$person"].Value : DBNull.Value;
                p["$outcome"].Value = status == CaseTaskStatus.Completed ? "done" : DBNull.Value;
                p["$priority"].Value = status == CaseTaskStatus.Escalated ? "High" : "Normal";
                p["$version"].Value = status == CaseTaskStatus.Open ? 1 : 2;
                await insertTask.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        // A live database gets its statistics from the engine's start-up (PRAGMA optimize); a
        // seeded one needs them too, or SQLite cannot tell which of the inbox's indexes is narrower.
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }
}
