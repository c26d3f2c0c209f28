using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Core.Escalation;

namespace WorkflowEngine.Persistence.Measures;

/// <summary>The dashboard's index on Escalations: those resolved in a period, without reading every escalation ever raised.</summary>
internal sealed class EscalationMeasureIndexConfiguration : IEntityTypeConfiguration<TaskEscalation>
{
    public void Configure(EntityTypeBuilder<TaskEscalation> builder) =>
        builder.HasIndex(e => new { e.ResolvedAt, e.RaisedAt, e.TargetAgency }).HasDatabaseName("IX_Escalations_Measures");
}
