using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Operations;

internal sealed class NodeHeartbeatRecordConfiguration : IEntityTypeConfiguration<NodeHeartbeatRecord>
{
    public void Configure(EntityTypeBuilder<NodeHeartbeatRecord> builder)
    {
        builder.ToTable("NodeHeartbeats");
        builder.HasKey(r => r.Node);
        builder.Property(r => r.Node).HasMaxLength(ColumnLengths.Name);

        // The health page lists the nodes seen lately.
        builder.HasIndex(r => r.SeenAt);
    }
}
