using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Persistence.Tasks;

namespace WorkflowEngine.Persistence.Measures;

/// <summary>
/// The dashboard's index on Tasks, kept beside the measures it serves (the table's own
/// configuration is the inbox's): open tasks by agency and level, and how many are overdue, are
/// read from the index alone, without visiting a million rows.
/// </summary>
internal sealed class TaskMeasureIndexConfiguration : IEntityTypeConfiguration<TaskRecord>
{
    public void Configure(EntityTypeBuilder<TaskRecord> builder) =>
        builder.HasIndex(t => new { t.Status, t.Agency, t.EscalationLevel, t.DueAt }).HasDatabaseName("IX_Tasks_Measures");
}
