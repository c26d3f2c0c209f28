using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Idempotency;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyKeys");
        builder.HasKey(r => new { r.UserId, r.Key });
        builder.Property(r => r.UserId).HasMaxLength(ColumnLengths.Key);
        builder.Property(r => r.Key).HasMaxLength(IdempotencyAnswer.MaxKeyLength);
        builder.Property(r => r.Fingerprint).HasMaxLength(ColumnLengths.Hash).IsRequired();
        builder.Property(r => r.ContentType).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.Location).HasMaxLength(ColumnLengths.Text);

        // The purge of expired keys.
        builder.HasIndex(r => r.ExpiresAt);
    }
}
