using System.Runtime.CompilerServices;
using Npgsql;
using WorkflowEngine.Core.Rules.Shadow;

namespace WorkflowEngine.Persistence.PostgreSql;

/// <summary>
/// Streams a rule set's <c>rule.decided</c> journal entries for a shadow run, with each case's
/// child name and involved agencies, in one statement served by the partial expression index
/// <c>IX_JournalEntries_RuleDecisions</c> (rule set, time; decisions only).
/// </summary>
internal sealed class PostgreSqlRuleDecisionHistory(NpgsqlDataSource dataSource) : IRuleDecisionHistory
{
    // "Kind" is a literal, not a parameter, so the planner can match the partial index's condition.
    private const string Query = """
        SELECT j."CaseId", j."OccurredAt", j."DataJson"::text, c."ChildName", c."InvolvedAgencies"
        FROM "JournalEntries" AS j
        JOIN "Cases" AS c ON c."Id" = j."CaseId"
        WHERE j."Kind" = 'rule.decided' AND (j."DataJson" ->> 'ruleSet') = $1
          AND j."OccurredAt" >= $2 AND j."OccurredAt" < $3
        ORDER BY (j."DataJson" ->> 'ruleSet'), j."OccurredAt"
        """;

    public async IAsyncEnumerable<PastRuleDecision> ReadAsync(string ruleSet, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleSet);
        await using var command = dataSource.CreateCommand(Query);
        command.Parameters.Add(new NpgsqlParameter { Value = ruleSet });
        command.Parameters.Add(new NpgsqlParameter { Value = from.UtcTicks });
        command.Parameters.Add(new NpgsqlParameter { Value = to.UtcTicks });
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

            yield return new PastRuleDecision(reader.GetGuid(0), new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero), reader.GetString(3), list, reader.GetString(2));
        }
    }
}
