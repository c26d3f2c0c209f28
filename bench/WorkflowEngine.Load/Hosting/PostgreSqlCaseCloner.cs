using Npgsql;

namespace WorkflowEngine.Load.Hosting;

/// <summary>
/// The <see cref="CaseCloner"/> for PostgreSQL: copies one case the engine opened (its row, its
/// task, its timers and its dashboard milestone row) many times, set-based in four statements, with every column as the
/// engine wrote it and only the identities (and the timer keys, which name the task) new.
/// </summary>
public static class PostgreSqlCaseCloner
{
    public static async Task CloneAsync(string connectionString, Guid templateCase, Guid templateTask, int copies, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"CREATE TEMP TABLE clones ON COMMIT DROP AS SELECT gen_random_uuid() AS case_id, gen_random_uuid() AS task_id, gen_random_uuid() AS child_id FROM generate_series(1, {copies})", cancellationToken);
        await ExecuteAsync(connection, await CopyAsync(connection, "Cases", new() { ["Id"] = "k.case_id", ["ChildId"] = "k.child_id" }, "\"Id\" = @template", cancellationToken), cancellationToken, templateCase, templateTask);
        await ExecuteAsync(connection, await CopyAsync(connection, "Tasks", new() { ["Id"] = "k.task_id", ["CaseId"] = "k.case_id" }, "\"Id\" = @templateTask", cancellationToken), cancellationToken, templateCase, templateTask);
        await ExecuteAsync(connection, await CopyAsync(connection, "Timers",
            new() { ["Id"] = "gen_random_uuid()", ["CaseId"] = "k.case_id", ["TaskId"] = "k.task_id", ["Key"] = "replace(t.\"Key\", @oldTaskKey, replace(k.task_id::text, '-', ''))" },
            "\"CaseId\" = @template", cancellationToken), cancellationToken, templateCase, templateTask);
        await ExecuteAsync(connection, await CopyAsync(connection, "CaseMilestones", new() { ["CaseId"] = "k.case_id", ["ChildId"] = "k.child_id" }, "\"CaseId\" = @template", cancellationToken), cancellationToken, templateCase, templateTask);
        await transaction.CommitAsync(cancellationToken);

        // Fresh statistics, as a database that grew to this size would have, so the claims use the indexes.
        await ExecuteAsync(connection, "ANALYZE", cancellationToken);
    }

    private static async Task<string> CopyAsync(NpgsqlConnection connection, string table, Dictionary<string, string> replaced, string where, CancellationToken cancellationToken)
    {
        var columns = new List<string>();
        await using (var command = new NpgsqlCommand("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position", connection))
        {
            command.Parameters.AddWithValue("table", table);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                columns.Add(reader.GetString(0));
            }
        }

        var values = columns.Select(c => replaced.TryGetValue(c, out var expression) ? expression : $"t.\"{c}\"");
        return $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) SELECT {string.Join(", ", values)} FROM \"{table}\" AS t CROSS JOIN clones AS k WHERE t.{where}";
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, Guid? templateCase = null, Guid? templateTask = null)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (templateCase is { } caseId && templateTask is { } taskId)
        {
            command.Parameters.AddWithValue("template", caseId);
            command.Parameters.AddWithValue("templateTask", taskId);
            command.Parameters.AddWithValue("oldTaskKey", taskId.ToString("N"));
        }

        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
