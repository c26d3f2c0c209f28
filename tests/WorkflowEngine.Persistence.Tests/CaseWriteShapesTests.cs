using WorkflowEngine.Core.Escalation;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Persistence.Cases;
using WorkflowEngine.Persistence.Journal;
using WorkflowEngine.Persistence.Tasks;
using Xunit.Abstractions;

namespace WorkflowEngine.Persistence.Tests;

/// <summary>
/// The SQL the case writer prepares, in one place: every table a command writes, with its insert,
/// its version-guarded update and delete. The test prints them (run it with a console logger to
/// read them) and checks the guards a concurrent writer relies on.
/// </summary>
public sealed class CaseWriteShapesTests(ITestOutputHelper output)
{
    // Every row type CaseChangeRows writes, in the order a change writes them.
    private static readonly Type[] Written =
    [
        typeof(DueTimer), typeof(CaseRecord), typeof(TaskRecord), typeof(TaskEscalation), typeof(JournalEntryRecord), typeof(OutboxMessage),
        typeof(CaseMilestones), typeof(EducationEvent), typeof(DisruptionMeasureRecord), typeof(IntelligenceSubmission),
    ];

    [Fact]
    public async Task Every_table_a_command_writes_has_an_insert_of_every_column_and_updates_and_deletes_guarded_by_key_and_version()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();

        foreach (var type in Written)
        {
            var shape = TableShape.Of(db.Model, type);
            var everyColumn = shape.Columns.Count == 64 ? ulong.MaxValue : (1UL << shape.Columns.Count) - 1;
            var update = shape.UpdateOf(everyColumn);
            output.WriteLine($"-- {type.Name}{Environment.NewLine}{shape.Insert};{Environment.NewLine}{update};{Environment.NewLine}{shape.Delete};{Environment.NewLine}");

            Assert.All(shape.Columns, c => Assert.Contains($"\"{c.Name}\"", shape.Insert, StringComparison.Ordinal));
            Assert.Contains(" WHERE ", update, StringComparison.Ordinal);
            Assert.Contains(" WHERE ", shape.Delete, StringComparison.Ordinal);
            if (shape.HasVersion)
            {
                Assert.EndsWith($"= {TableShape.ExpectedVersion}", update, StringComparison.Ordinal);
                Assert.EndsWith($"= {TableShape.ExpectedVersion}", shape.Delete, StringComparison.Ordinal);
            }
        }

        Assert.True(TableShape.Of(db.Model, typeof(CaseRecord)).HasVersion, "The case row carries the version every command checks.");
        Assert.True(TableShape.Of(db.Model, typeof(TaskRecord)).HasVersion, "A task row carries the version two people completing it race on.");
    }
}
