using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using WorkflowEngine.Core.Rules.Shadow;

namespace WorkflowEngine.Persistence.Rules;

/// <summary>
/// Streams a rule set's <c>rule.decided</c> journal entries for a shadow run, with each case's
/// child name and involved agencies, through one SQL statement on its own read connection. The
/// partial index <c>IX_JournalEntries_RuleDecisions</c> (rule set, time; decisions only) serves
/// it, so a run reads the decisions of one rule set and nothing else of the journal.
/// </summary>
internal sealed class SqliteRuleDecisionHistory : IRuleDecisionHistory
{
    // "Kind" is a literal, not a parameter: SQLite uses a partial index only when the query's
    // WHERE clause states the index's own condition.
    internal const string Query = """
        SELECT j."CaseId", j."OccurredAt", j."DataJson", c."ChildName", c."InvolvedAgencies"
        FROM "JournalEntries" AS j
        JOIN "Cases" AS c ON c."Id" = j."CaseId"
        WHERE j."Kind" = 'rule.decided' AND json_extract(j."DataJson", '$.ruleSet') = @ruleSet
          AND j."OccurredAt" >= @from AND j."OccurredAt" < @to
        ORDER BY json_extract(j."DataJson", '$.ruleSet'), j."OccurredAt"
        """;

    private readonly Func<SqliteConnection> _open;

    public SqliteRuleDecisionHistory(IOptions<PersistenceOptions> options)
        : this(() => Sqlite.SqlitePragmas.Open(options.Value))
    {
    }

    internal SqliteRuleDecisionHistory(Func<SqliteConnection> open) => _open = open;

    public async IAsyncEnumerable<PastRuleDecision> ReadAsync(string ruleSet, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleSet);
        await using var connection = _open();
        await using var command = connection.CreateCommand();
        command.CommandText = Query;
        command.Parameters.AddWithValue("@ruleSet", ruleSet);
        command.Parameters.AddWithValue("@from", from.UtcTicks);
        command.Parameters.AddWithValue("@to", to.UtcTicks);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var agencies = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var involved = reader.GetString(4);
            if (!agencies.TryGetValue(involved, out var list))
            {
                list = involved.Split('|', StringSplitOptions.RemoveEmptyEntries);
                agencies[involved] = list;
            }

            yield return new PastRuleDecision(
                reader.GetGuid(0),
                new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero),
                reader.GetString(3),
                list,
                reader.GetString(2));
        }
    }
}
