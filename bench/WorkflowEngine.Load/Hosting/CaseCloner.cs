using Microsoft.Data.Sqlite;

namespace WorkflowEngine.Load.Hosting;

/// <summary>
/// Copies one case the engine opened (its row, its task, its timers and its dashboard milestone
/// row, which every case the engine opens has) many times with raw SQL,
/// so a storm of 100,000 identical cases is ready in seconds rather than the minutes the engine
/// would take to open them one by one. Every column is copied as the engine wrote it; only the
/// identities (and the timer keys, which name the task) are new.
/// </summary>
public static class CaseCloner
{
    public static async Task CloneAsync(string databasePath, Guid templateCase, Guid templateTask, int copies, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        var caseColumns = await ColumnsAsync(connection, "Cases", cancellationToken);
        var taskColumns = await ColumnsAsync(connection, "Tasks", cancellationToken);
        var timerColumns = await ColumnsAsync(connection, "Timers", cancellationToken);
        var milestoneColumns = await ColumnsAsync(connection, "CaseMilestones", cancellationToken);

        await using var insertCase = Copy(connection, "Cases", caseColumns, new() { ["Id"] = "$case", ["ChildId"] = "$child" }, "Id = $template");
        await using var insertTask = Copy(connection, "Tasks", taskColumns, new() { ["Id"] = "$task", ["CaseId"] = "$case" }, "Id = $templateTask");
        await using var insertTimers = Copy(connection, "Timers", timerColumns,
            new() { ["Id"] = RandomGuidText, ["CaseId"] = "$case", ["TaskId"] = "$task", ["Key"] = "replace(Key, $oldTaskKey, $newTaskKey)" },
            "CaseId = $template");
        await using var insertMilestones = Copy(connection, "CaseMilestones", milestoneColumns, new() { ["CaseId"] = "$case", ["ChildId"] = "$child" }, "CaseId = $template");
        foreach (var command in new[] { insertCase, insertTask, insertTimers, insertMilestones })
        {
            command.Parameters.AddWithValue("$template", Text(templateCase));
            command.Parameters.AddWithValue("$templateTask", Text(templateTask));
            command.Parameters.AddWithValue("$oldTaskKey", templateTask.ToString("N"));
            command.Parameters.Add("$case", SqliteType.Text);
            command.Parameters.Add("$child", SqliteType.Text);
            command.Parameters.Add("$task", SqliteType.Text);
            command.Parameters.Add("$newTaskKey", SqliteType.Text);
        }

        const int batch = 20_000;
        for (var start = 0; start < copies; start += batch)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            for (var i = start; i < Math.Min(copies, start + batch); i++)
            {
                var caseId = Guid.NewGuid();
                var taskId = Guid.NewGuid();
                var childId = Guid.NewGuid();
                foreach (var command in new[] { insertCase, insertTask, insertTimers, insertMilestones })
                {
                    command.Transaction = transaction;
                    command.Parameters["$case"].Value = Text(caseId);
                    command.Parameters["$child"].Value = Text(childId);
                    command.Parameters["$task"].Value = Text(taskId);
                    command.Parameters["$newTaskKey"].Value = taskId.ToString("N");
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }

    // A random identity in the text form EF Core reads back as a Guid, made per copied row.
    private const string RandomGuidText =
        "hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))";

    // EF Core's SQLite provider stores a Guid as upper-case text.
    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static SqliteCommand Copy(SqliteConnection connection, string table, IReadOnlyList<string> columns, Dictionary<string, string> replaced, string where)
    {
        var command = connection.CreateCommand();
        var values = columns.Select(c => replaced.TryGetValue(c, out var expression) ? expression : $"\"{c}\"");
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) SELECT {string.Join(", ", values)} FROM \"{table}\" WHERE {where}";
        return command;
    }

    private static async Task<IReadOnlyList<string>> ColumnsAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }
}
